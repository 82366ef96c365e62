using Microsoft.EntityFrameworkCore;
using Suite.Crm.Data;
using Suite.Crm.Domain.Products;
using Suite.Framework.Paging;

namespace Suite.Crm.Application.Products;

internal sealed record ProductDto(Guid Id, string Sku, string Name, string Unit, decimal SalePrice, bool IsService)
{
    internal static ProductDto From(Product p) => new(p.Id, p.Sku, p.Name, p.Unit, p.SalePrice, p.IsService);
}

/// <summary>The catalog as a deal's line picker sees it: Crm's copies of Stock's products, archived ones left out.</summary>
internal sealed class ProductService(CrmDbContext db)
{
    private static readonly SortMap<Product> Sorting = new SortMap<Product>("name")
        .Add("name", p => p.Name)
        .Add("sku", p => p.Sku);

    public Task<PagedResult<ProductDto>> ListAsync(PageRequest request, CancellationToken cancellationToken)
    {
        var query = db.Products.AsNoTracking().Where(p => !p.IsArchived);
        if (!string.IsNullOrWhiteSpace(request.Filter))
        {
            var term = request.Filter.Trim().ToLowerInvariant();
            query = query.Where(p => p.SearchText.Contains(term));
        }

        return query.ToPageAsync(request, Sorting, ProductDto.From, cancellationToken);
    }
}
