using Suite.Stock.Domain.Products;

namespace Suite.Stock.Application.Products;

internal sealed record StockProductDto(
    Guid Id,
    string Sku,
    string Name,
    string Unit,
    string? Barcode,
    decimal SalePrice,
    decimal? VatRate,
    string? Category,
    bool IsService,
    decimal? MinQuantity,
    ValuationMethod ValuationMethod,
    bool IsArchived,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ModifiedAt,
    string ConcurrencyStamp)
{
    internal static StockProductDto From(Product p) => new(
        p.Id, p.Sku, p.Name, p.Unit, p.Barcode, p.SalePrice, p.VatRate, p.Category, p.IsService, p.MinQuantity,
        p.ValuationMethod, p.IsArchived, p.CreatedAt, p.ModifiedAt, p.ConcurrencyStamp);
}
