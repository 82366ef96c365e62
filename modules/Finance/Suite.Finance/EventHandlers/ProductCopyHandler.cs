using Suite.Finance.Data;
using Suite.Finance.Domain.Products;
using Suite.Framework.Events;
using Suite.Stock.Events;

namespace Suite.Finance.EventHandlers;

/// <summary>
/// Keeps Finance's product copies in step with Stock's catalog; events may arrive late or twice, and the one-time snapshot
/// brings the products that existed before the copy did.
/// </summary>
internal sealed class ProductCopyHandler(FinanceDbContext db) :
    IIntegrationEventHandler<ProductCreatedEto>,
    IIntegrationEventHandler<ProductUpdatedEto>,
    IIntegrationEventHandler<ProductRepublishedEto>
{
    public Task HandleAsync(ProductCreatedEto e, CancellationToken cancellationToken) =>
        ApplyAsync(e.ProductId, e.Sku, e.Name, e.Unit, e.SalePrice, e.VatRate, e.IsService, e.IsArchived, e.ChangedAt, cancellationToken);

    public Task HandleAsync(ProductUpdatedEto e, CancellationToken cancellationToken) =>
        ApplyAsync(e.ProductId, e.Sku, e.Name, e.Unit, e.SalePrice, e.VatRate, e.IsService, e.IsArchived, e.ChangedAt, cancellationToken);

    public Task HandleAsync(ProductRepublishedEto e, CancellationToken cancellationToken) =>
        ApplyAsync(e.ProductId, e.Sku, e.Name, e.Unit, e.SalePrice, e.VatRate, e.IsService, e.IsArchived, e.ChangedAt, cancellationToken);

    private async Task ApplyAsync(Guid id, string sku, string name, string unit, decimal salePrice, decimal? vatRate, bool isService,
        bool isArchived, DateTimeOffset changedAt, CancellationToken cancellationToken)
    {
        var product = await db.Products.FindAsync([id], cancellationToken);
        if (product is null)
        {
            product = new Product(id);
            db.Products.Add(product);
        }

        product.Apply(sku, name, unit, salePrice, vatRate, isService, isArchived, changedAt);
    }
}
