using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Suite.Framework.Paging;
using Suite.Stock.Data;
using Suite.Stock.Domain.Ledger;
using Suite.Stock.Domain.Products;

namespace Suite.Stock.Application.Balances;

/// <summary>A product's stock in one warehouse as the balances page shows it.</summary>
internal sealed record BalanceDto(
    Guid ProductId, string Sku, string ProductName, string Unit, string? Category, Guid WarehouseId, string WarehouseName,
    decimal OnHand, decimal Reserved, decimal Available, decimal Value, decimal UnitCost, decimal? MinQuantity)
{
    internal static BalanceDto From(BalanceRow r) => new(
        r.ProductId, r.Sku, r.ProductName, r.Unit, r.Category, r.WarehouseId, r.WarehouseName, r.OnHand, r.Reserved,
        r.OnHand - r.Reserved, r.Value, r.OnHand > 0 ? Math.Round(r.Value / r.OnHand, 4) : r.LastUnitCost, r.MinQuantity);
}

/// <summary>A balance joined with its product and warehouse; built with an initializer so the database can sort and page by any member.</summary>
internal sealed record BalanceRow
{
    public Guid ProductId { get; init; }
    public string Sku { get; init; } = "";
    public string ProductName { get; init; } = "";
    public string Unit { get; init; } = "";
    public string? Category { get; init; }
    public Guid WarehouseId { get; init; }
    public string WarehouseName { get; init; } = "";
    public decimal OnHand { get; init; }
    public decimal Reserved { get; init; }
    public decimal Value { get; init; }
    public decimal LastUnitCost { get; init; }
    public decimal? MinQuantity { get; init; }
}

internal sealed class BalanceListRequest : KeysetPageRequest
{
    [FromQuery(Name = "warehouseId")] public Guid? WarehouseId { get; set; }
    [FromQuery(Name = "productId")] public Guid? ProductId { get; set; }
    [FromQuery(Name = "category")] public string? Category { get; set; }

    /// <summary>Leave out products with nothing on hand and nothing reserved (the default is to show only those with stock).</summary>
    [FromQuery(Name = "includeEmpty")] public bool? IncludeEmpty { get; set; }
}

internal sealed class BalanceService(StockDbContext db)
{
    internal static readonly KeysetOrder<BalanceRow> Sorting = new KeysetOrder<BalanceRow>("productName, warehouseName")
        .Add("productName", r => r.ProductName)
        .Add("sku", r => r.Sku)
        .AddOffsetOnly("category", r => r.Category)
        .Add("warehouseName", r => r.WarehouseName)
        .Add("onHand", r => r.OnHand)
        .Add("reserved", r => r.Reserved)
        .Add("value", r => r.Value)
        .ThenByUnique(r => r.ProductId)
        .ThenByUnique(r => r.WarehouseId);

    /// <summary>
    /// The page and the total. The total counts the balances alone when no condition is on the product: every balance has
    /// its product and warehouse (foreign keys), so the joins would change nothing but the cost, and over 500,000 balances
    /// that cost was most of the page's time (docs/bench-stock.md). A deep page starts after the previous page's last row
    /// (<see cref="KeysetPageRequest.After"/>) instead of skipping 200,000 rows.
    /// </summary>
    public async Task<KeysetPage<BalanceDto>> ListAsync(BalanceListRequest request, CancellationToken cancellationToken)
    {
        request.Validate();
        var page = Sorting.Page(Filtered(request), request);
        var products = FilteredProducts(request);
        var total = products is null
            ? await FilteredBalances(request).LongCountAsync(cancellationToken)
            : await FilteredBalances(request).Where(b => products.Any(p => p.Id == b.ProductId)).LongCountAsync(cancellationToken);
        var rows = await page.ToListAsync(cancellationToken);
        return new KeysetPage<BalanceDto>(total, rows.Select(BalanceDto.From).ToList(), Sorting.NextCursor(rows, request));
    }

    /// <summary>The balances the page shows for these filters, unsorted and unpaged: the page and its export share it.</summary>
    public IQueryable<BalanceRow> Filtered(BalanceListRequest request)
    {
        var balances = FilteredBalances(request);
        var products = FilteredProducts(request) ?? db.Products.AsNoTracking();
        return from b in balances
            join p in products on b.ProductId equals p.Id
            join w in db.Warehouses on b.WarehouseId equals w.Id
            select new BalanceRow
            {
                ProductId = p.Id, Sku = p.Sku, ProductName = p.Name, Unit = p.Unit, Category = p.Category, WarehouseId = w.Id,
                WarehouseName = w.Name, OnHand = b.OnHand, Reserved = b.Reserved, Value = b.Value, LastUnitCost = b.LastUnitCost,
                MinQuantity = p.MinQuantity,
            };
    }

    /// <summary>The conditions on the balance itself: warehouse, product, and whether empty ones are shown.</summary>
    private IQueryable<StockBalance> FilteredBalances(BalanceListRequest request)
    {
        var balances = db.Balances.AsNoTracking();
        if (request.WarehouseId is { } warehouseId)
            balances = balances.Where(b => b.WarehouseId == warehouseId);
        if (request.ProductId is { } productId)
            balances = balances.Where(b => b.ProductId == productId);
        if (request.IncludeEmpty != true)
            balances = balances.Where(b => b.OnHand > 0 || b.Reserved > 0);
        return balances;
    }

    /// <summary>The conditions on the product (text, category), or null when there are none.</summary>
    private IQueryable<Product>? FilteredProducts(BalanceListRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Filter) && string.IsNullOrWhiteSpace(request.Category))
            return null;
        var products = db.Products.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Filter))
        {
            var term = request.Filter.Trim().ToLowerInvariant();
            products = products.Where(p => p.SearchText.Contains(term));
        }

        if (!string.IsNullOrWhiteSpace(request.Category))
        {
            var category = request.Category.Trim();
            products = products.Where(p => p.Category == category);
        }

        return products;
    }
}
