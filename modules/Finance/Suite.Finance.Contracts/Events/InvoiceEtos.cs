using Suite.Framework.Events;

namespace Suite.Finance.Events;

/// <summary>
/// An invoice got its number and was posted to the ledger. Carries everything Docs needs to print it without asking:
/// the lines, totals, VAT per rate, the buyer's requisites as they were at issue, ours and our bank account.
/// </summary>
[EventName("Finance.Invoice.Issued")]
public sealed record InvoiceIssuedEto(
    Guid InvoiceId, string Number, DateOnly IssueDate, DateOnly DueDate, string Currency, bool PricesIncludeVat,
    InvoiceParty Buyer, OrganisationUpdatedEto Seller, Guid? DealId, Guid OwnerId,
    IReadOnlyList<InvoiceLineEto> Lines, IReadOnlyList<VatAmount> VatByRate,
    decimal TotalNet, decimal TotalVat, decimal Total, Guid? IssuedBy, DateTimeOffset IssuedAt);

/// <summary>The buyer as printed: Finance's copy of the Crm company at the moment of issue.</summary>
public sealed record InvoiceParty(Guid CompanyId, string Name, string? TaxId, string? Kpp, string? Address);

/// <summary>One line as printed. <see cref="VatRate"/> in percent, null for "без НДС".</summary>
public sealed record InvoiceLineEto(
    int Position, Guid? ProductId, string Description, string Unit, decimal Quantity, decimal UnitPrice,
    decimal? VatRate, decimal Net, decimal Vat, decimal Total);

/// <summary>The VAT of all lines at one rate (null: the lines without VAT).</summary>
public sealed record VatAmount(decimal? Rate, decimal Net, decimal Vat);

/// <summary>The invoice is paid in full (<see cref="PaidOn"/> is the date of the allocation that completed it).</summary>
[EventName("Finance.Invoice.Paid")]
public sealed record InvoicePaidEto(
    Guid InvoiceId, string Number, Guid CompanyId, Guid? DealId, Guid OwnerId, decimal Total, DateOnly PaidOn, DateTimeOffset At);

/// <summary>An issued invoice was cancelled by a reversal dated <see cref="Date"/>.</summary>
[EventName("Finance.Invoice.Cancelled")]
public sealed record InvoiceCancelledEto(
    Guid InvoiceId, string Number, Guid CompanyId, Guid? DealId, Guid OwnerId, decimal Total, DateOnly Date,
    Guid? CancelledBy, DateTimeOffset At);

/// <summary>Published once, the first company day after the due date on which the invoice is still not paid in full.</summary>
[EventName("Finance.Invoice.Overdue")]
public sealed record InvoiceOverdueEto(
    Guid InvoiceId, string Number, Guid CompanyId, Guid? DealId, Guid OwnerId, decimal Total, decimal AmountDue,
    DateOnly DueDate, DateTimeOffset At);
