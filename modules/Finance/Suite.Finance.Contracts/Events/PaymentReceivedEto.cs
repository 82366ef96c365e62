using Suite.Framework.Events;

namespace Suite.Finance.Events;

/// <summary>
/// Money came in from a client (by hand or from a bank statement), with how much of it went to which invoices; the
/// rest is the client's advance.
/// </summary>
[EventName("Finance.Payment.Received")]
public sealed record PaymentReceivedEto(
    Guid PaymentId, string Number, DateOnly Date, Guid AccountId, Guid? CompanyId, decimal Amount, string Currency,
    string? Purpose, IReadOnlyList<PaymentAllocationEto> Allocations, DateTimeOffset At);

/// <summary>A part of a payment applied to an invoice.</summary>
public sealed record PaymentAllocationEto(Guid InvoiceId, string InvoiceNumber, Guid? DealId, decimal Amount);
