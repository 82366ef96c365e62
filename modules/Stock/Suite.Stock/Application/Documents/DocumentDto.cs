using Suite.Stock.Domain.Documents;

namespace Suite.Stock.Application.Documents;

internal sealed record DocumentDto(
    Guid Id,
    DocumentKind Kind,
    string Number,
    DocumentStatus Status,
    DateOnly Date,
    Guid WarehouseId,
    Guid? TargetWarehouseId,
    Guid? CompanyId,
    Guid? DealId,
    Guid? InvoiceId,
    string? Reason,
    string? Comment,
    IReadOnlyList<DocumentLineDto> Lines,
    decimal TotalCost,
    DateTimeOffset? PostedAt,
    Guid? ReversalOfId,
    Guid? ReversedById,
    DateTimeOffset CreatedAt,
    string ConcurrencyStamp)
{
    /// <summary>The deal's title from Stock's copy of Crm's deals, for display; null without a deal or while the copy lacks it.</summary>
    public string? DealTitle { get; init; }

    /// <summary>The company's name from Stock's copy of Crm's companies, for display.</summary>
    public string? CompanyName { get; init; }

    internal static DocumentDto From(StockDocument d) => new(
        d.Id, d.Kind, d.Number, d.Status, d.Date, d.WarehouseId, d.TargetWarehouseId, d.CompanyId, d.DealId, d.InvoiceId,
        d.Reason, d.Comment, d.Lines.OrderBy(l => l.LineNo).Select(DocumentLineDto.From).ToList(), d.TotalCost, d.PostedAt,
        d.ReversalOfId, d.ReversedById, d.CreatedAt, d.ConcurrencyStamp);
}

/// <summary>
/// A document line. On a count, <see cref="Quantity"/> is the counted quantity, and once posted
/// <see cref="BookQuantity"/> is what the books said then and <see cref="Difference"/> what was posted.
/// </summary>
internal sealed record DocumentLineDto(
    Guid Id, int LineNo, Guid ProductId, decimal Quantity, decimal? UnitCost, decimal? BookQuantity, decimal? Difference, decimal? Cost)
{
    internal static DocumentLineDto From(StockDocumentLine l) => new(
        l.Id, l.LineNo, l.ProductId, l.Quantity, l.UnitCost, l.BookQuantity, l.BookQuantity is { } book ? l.Quantity - book : null, l.Cost);
}

/// <summary>A row of the documents list: the header with its line count, without the lines.</summary>
internal sealed record DocumentListItemDto(
    Guid Id, DocumentKind Kind, string Number, DocumentStatus Status, DateOnly Date, Guid WarehouseId, Guid? TargetWarehouseId,
    Guid? CompanyId, Guid? DealId, string? Comment, int LineCount, decimal TotalCost, DateTimeOffset? PostedAt, Guid? ReversalOfId,
    string? DealTitle, string? CompanyName);
