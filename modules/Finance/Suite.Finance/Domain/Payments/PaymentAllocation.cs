using Suite.Framework.Domain;

namespace Suite.Finance.Domain.Payments;

/// <summary>
/// A part of an incoming payment applied to an invoice on <see cref="Date"/> (the payment's day, or a later day when an
/// advance is applied). Receivables as of a day count only the allocations dated on or before it. A cancelled payment's
/// allocations stay, marked with <see cref="CancelledOn"/>, so earlier reports keep their figures.
/// </summary>
public sealed class PaymentAllocation : Entity
{
    private PaymentAllocation()
    {
    }

    public PaymentAllocation(Guid paymentId, Guid invoiceId, Guid companyId, DateOnly date, decimal amount)
    {
        PaymentId = paymentId;
        InvoiceId = invoiceId;
        CompanyId = companyId;
        Date = date;
        Amount = amount;
    }

    public Guid PaymentId { get; private set; }
    public Guid InvoiceId { get; private set; }
    public Guid CompanyId { get; private set; }
    public DateOnly Date { get; private set; }
    public decimal Amount { get; private set; }
    public DateOnly? CancelledOn { get; private set; }

    public void Cancel(DateOnly date) => CancelledOn = date;
}
