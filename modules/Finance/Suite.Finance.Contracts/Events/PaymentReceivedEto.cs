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

/// <summary>
/// A client's advance (what a payment left unapplied) applied to invoices later, on <paramref name="Date"/>: the money
/// came before, the invoices are paid now.
/// </summary>
[EventName("Finance.Payment.Allocated")]
public sealed record PaymentAllocatedEto(
    Guid PaymentId, string Number, DateOnly Date, Guid CompanyId, IReadOnlyList<PaymentAllocatedPartEto> Allocations, DateTimeOffset At);

/// <summary>One invoice's part of a later allocation; <paramref name="AllocationId"/> names it for good.</summary>
public sealed record PaymentAllocatedPartEto(Guid AllocationId, Guid InvoiceId, string InvoiceNumber, Guid? DealId, decimal Amount);

/// <summary>
/// A payment was cancelled on <paramref name="Date"/>: the money received and every allocation of it
/// (<paramref name="AllocationIds"/>: all of them, those made with it and those of <see cref="PaymentAllocatedEto"/>) no
/// longer count; the invoices owe their amounts again.
/// </summary>
[EventName("Finance.Payment.Cancelled")]
public sealed record PaymentCancelledEto(
    Guid PaymentId, string Number, DateOnly Date, Guid? CompanyId, IReadOnlyList<Guid> AllocationIds, DateTimeOffset At);
