using Suite.Crm.Data;
using Suite.Crm.Domain.Products;
using Suite.Framework.Events;
using Suite.Stock.Events;

namespace Suite.Crm.Application.Products;

/// <summary>Keeps Crm's product copies in step with Stock's catalog; events may arrive late or twice.</summary>
internal sealed class ProductCopyHandler(CrmDbContext db) :
    IIntegrationEventHandler<ProductCreatedEto>,
    IIntegrationEventHandler<ProductUpdatedEto>
{
    public Task HandleAsync(ProductCreatedEto e, CancellationToken cancellationToken) =>
        ApplyAsync(e.ProductId, p => p.Apply(e.Sku, e.Name, e.Unit, e.Barcode, e.SalePrice, e.IsService, e.IsArchived, e.ChangedAt),
            cancellationToken);

    public Task HandleAsync(ProductUpdatedEto e, CancellationToken cancellationToken) =>
        ApplyAsync(e.ProductId, p => p.Apply(e.Sku, e.Name, e.Unit, e.Barcode, e.SalePrice, e.IsService, e.IsArchived, e.ChangedAt),
            cancellationToken);

    private async Task ApplyAsync(Guid id, Action<Product> apply, CancellationToken cancellationToken)
    {
        var product = await db.Products.FindAsync([id], cancellationToken);
        if (product is null)
        {
            product = new Product(id);
            db.Products.Add(product);
        }

        apply(product);
    }
}
