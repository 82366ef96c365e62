using Suite.Finance.Domain.Invoices;

namespace Suite.Finance.Application.Invoices;

/// <summary>An invoice as its card shows it. A draft has no number and no buyer yet.</summary>
internal sealed record InvoiceDto(
    Guid Id, string? Number, InvoiceStatus Status, Guid CompanyId, string? CompanyName, Guid? DealId, string? DealTitle,
    Guid OwnerId, string? OwnerName, DateOnly IssueDate, DateOnly DueDate, string Currency, bool PricesIncludeVat, string? Comment,
    decimal TotalNet, decimal TotalVat, decimal Total, decimal AmountPaid, decimal AmountDue, bool IsOverdue, int DaysOverdue,
    InvoiceBuyerDto? Buyer, IReadOnlyList<InvoiceLineDto> Lines, IReadOnlyList<VatByRateDto> VatByRate,
    IReadOnlyList<InvoicePaymentDto> Payments, string ConcurrencyStamp);

internal sealed record InvoiceBuyerDto(string Name, string? TaxId, string? Kpp, string? Address);

internal sealed record InvoiceLineDto(
    int Position, Guid? ProductId, string Description, string Unit, decimal Quantity, decimal UnitPrice, decimal? VatRate,
    decimal Net, decimal Vat, decimal Total);

/// <summary>The lines' net and VAT at one rate; null: the lines without VAT.</summary>
internal sealed record VatByRateDto(decimal? Rate, decimal Net, decimal Vat);

/// <summary>A payment allocated to the invoice, as long as it is not cancelled.</summary>
internal sealed record InvoicePaymentDto(Guid PaymentId, DateOnly Date, decimal Amount);

/// <summary>A row of the invoice list: the card's header without lines and payments.</summary>
internal sealed record InvoiceListItemDto(
    Guid Id, string? Number, InvoiceStatus Status, Guid CompanyId, string? CompanyName, Guid? DealId, string? DealTitle,
    Guid OwnerId, string? OwnerName, DateOnly IssueDate, DateOnly DueDate, string Currency, decimal TotalNet, decimal TotalVat,
    decimal Total, decimal AmountPaid, decimal AmountDue, bool IsOverdue, int DaysOverdue);

/// <summary>Whether an open invoice is past its due date on <c>today</c>, and by how many days.</summary>
internal static class Overdue
{
    public static int Days(InvoiceStatus status, DateOnly dueDate, DateOnly today) =>
        status is InvoiceStatus.Issued or InvoiceStatus.PartiallyPaid && dueDate < today ? today.DayNumber - dueDate.DayNumber : 0;
}
