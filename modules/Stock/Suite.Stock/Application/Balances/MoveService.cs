using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Suite.Framework.Paging;
using Suite.Stock.Data;
using Suite.Stock.Domain.Documents;

namespace Suite.Stock.Application.Balances;

/// <summary>A line of the stock ledger, with the document that booked it and the running quantity and value after it.</summary>
internal sealed record MoveDto(
    Guid Id, DateOnly Date, DateTimeOffset PostedAt, long Sequence, Guid ProductId, string Sku, string ProductName, Guid WarehouseId,
    string WarehouseName, Guid DocumentId, string DocumentNumber, DocumentKind DocumentKind, decimal Quantity, decimal UnitCost,
    decimal Value, decimal QuantityAfter, decimal ValueAfter);

/// <summary>A move joined with its product, warehouse and document; built with an initializer so the database can sort by any member.</summary>
internal sealed record MoveRow
{
    public Guid Id { get; init; }
    public DateOnly Date { get; init; }
    public DateTimeOffset PostedAt { get; init; }
    public long Sequence { get; init; }
    public Guid ProductId { get; init; }
    public string Sku { get; init; } = "";
    public string ProductName { get; init; } = "";
    public Guid WarehouseId { get; init; }
    public string WarehouseName { get; init; } = "";
    public Guid DocumentId { get; init; }
    public string DocumentNumber { get; init; } = "";
    public DocumentKind DocumentKind { get; init; }
    public decimal Quantity { get; init; }
    public decimal Value { get; init; }
    public decimal QuantityAfter { get; init; }
    public decimal ValueAfter { get; init; }

    internal MoveDto ToDto() => new(Id, Date, PostedAt, Sequence, ProductId, Sku, ProductName, WarehouseId, WarehouseName, DocumentId,
        DocumentNumber, DocumentKind, Quantity, Quantity == 0 ? 0 : Math.Abs(Math.Round(Value / Quantity, 4)), Value, QuantityAfter, ValueAfter);
}

internal sealed class MoveListRequest : KeysetPageRequest
{
    [FromQuery(Name = "productId")] public Guid? ProductId { get; set; }
    [FromQuery(Name = "warehouseId")] public Guid? WarehouseId { get; set; }
    [FromQuery(Name = "documentId")] public Guid? DocumentId { get; set; }
    [FromQuery(Name = "dateFrom")] public DateOnly? DateFrom { get; set; }
    [FromQuery(Name = "dateTo")] public DateOnly? DateTo { get; set; }
}

/// <summary>The stock ledger: newest first unless sorted otherwise.</summary>
internal sealed class MoveService(StockDbContext db)
{
    private static readonly KeysetOrder<MoveRow> Sorting = new KeysetOrder<MoveRow>("postedAt desc, sequence desc")
        .Add("postedAt", m => m.PostedAt)
        .Add("date", m => m.Date)
        .Add("sequence", m => m.Sequence)
        .ThenByUnique(m => m.Id);

    public async Task<KeysetPage<MoveDto>> ListAsync(MoveListRequest request, CancellationToken cancellationToken)
    {
        var moves = db.Moves.AsNoTracking();
        if (request.ProductId is { } productId)
            moves = moves.Where(m => m.ProductId == productId);
        if (request.WarehouseId is { } warehouseId)
            moves = moves.Where(m => m.WarehouseId == warehouseId);
        if (request.DocumentId is { } documentId)
            moves = moves.Where(m => m.DocumentId == documentId);
        if (request.DateFrom is { } from)
            moves = moves.Where(m => m.Date >= from);
        if (request.DateTo is { } to)
            moves = moves.Where(m => m.Date <= to);
        var rows = from m in moves
            join p in db.Products on m.ProductId equals p.Id
            join w in db.Warehouses on m.WarehouseId equals w.Id
            join d in db.Documents.IgnoreAutoIncludes() on m.DocumentId equals d.Id
            select new MoveRow
            {
                Id = m.Id, Date = m.Date, PostedAt = m.PostedAt, Sequence = m.Sequence, ProductId = p.Id, Sku = p.Sku, ProductName = p.Name,
                WarehouseId = w.Id, WarehouseName = w.Name, DocumentId = d.Id, DocumentNumber = d.Number, DocumentKind = d.Kind,
                Quantity = m.Quantity, Value = m.Value, QuantityAfter = m.QuantityAfter, ValueAfter = m.ValueAfter,
            };
        request.Validate();
        var total = await rows.LongCountAsync(cancellationToken);
        var page = await Sorting.Page(rows, request).ToListAsync(cancellationToken);
        return new KeysetPage<MoveDto>(total, page.Select(r => r.ToDto()).ToList(), Sorting.NextCursor(page, request));
    }
}
