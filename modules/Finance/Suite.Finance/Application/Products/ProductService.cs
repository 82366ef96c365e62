using Microsoft.EntityFrameworkCore;
using Suite.Finance.Data;
using Suite.Finance.Domain.Products;
using Suite.Framework.Paging;

namespace Suite.Finance.Application.Products;

/// <summary>The product picker of the invoice editor: Finance's copy of Stock's catalog, archived cards left out.</summary>
internal sealed class ProductService(FinanceDbContext db)
{
    private static readonly SortMap<Product> Sorting = new SortMap<Product>("name")
        .Add("name", p => p.Name)
        .Add("sku", p => p.Sku)
        .Add("salePrice", p => p.SalePrice);

    public Task<PagedResult<FinanceProductDto>> ListAsync(PageRequest request, CancellationToken cancellationToken)
    {
        var products = db.Products.AsNoTracking().Where(p => !p.IsArchived);
        if (!string.IsNullOrWhiteSpace(request.Filter))
        {
            var term = request.Filter.Trim().ToLowerInvariant();
            products = products.Where(p => p.SearchText.Contains(term));
        }

        return products.ToPageAsync(request, Sorting,
            p => new FinanceProductDto(p.Id, $"{p.Sku} {p.Name}", p.Sku, p.Name, p.Unit, p.SalePrice, p.VatRate, p.IsService), cancellationToken);
    }
}

/// <summary>A catalog card as the invoice editor needs it: the price, the unit and the VAT rate a new line takes.</summary>
internal sealed record FinanceProductDto(
    Guid Id, string DisplayName, string Sku, string Name, string Unit, decimal SalePrice, decimal? VatRate, bool IsService);
