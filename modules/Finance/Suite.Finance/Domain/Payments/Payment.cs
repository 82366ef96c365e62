using Suite.Finance.Domain.Invoices;
using Suite.Framework.Domain;
using Suite.Framework.Localization;

namespace Suite.Finance.Domain.Payments;

/// <summary>
/// Money that came into or went out of one of our cash desks or bank accounts, under an article. An incoming payment
/// from a client is applied to its invoices by <see cref="PaymentAllocation"/>s; what is not applied yet is the client's
/// advance. Never edited: a mistake is cancelled (its entries reversed) and entered again.
/// </summary>
public sealed class Payment : AuditedEntity
{
    public const string OverAllocated = "Finance.Payment.OverAllocated";
    public const string NotAllocatable = "Finance.Payment.NotAllocatable";
    public const string AlreadyCancelled = "Finance.Payment.Cancelled";

    /// <summary>The numbering series of payments (ПП-2026-000001), restarting each year; invoices may not use it.</summary>
    public const string NumberPrefix = "ПП";

    private readonly List<PaymentAllocation> _allocations = [];

    private Payment()
    {
        Number = null!;
    }

    public Payment(string number, DateOnly date, PaymentDirection direction, Guid accountId, decimal amount, Guid? companyId,
        string? purpose, Guid articleId, PaymentSource source)
    {
        Number = number;
        Date = date;
        Direction = direction;
        AccountId = accountId;
        Amount = amount;
        CompanyId = companyId;
        Purpose = purpose;
        ArticleId = articleId;
        Source = source;
        Status = PaymentStatus.Posted;
    }

    public string Number { get; private set; }
    public DateOnly Date { get; private set; }
    public PaymentDirection Direction { get; private set; }

    /// <summary>The cash desk or bank account the money came into or went out of.</summary>
    public Guid AccountId { get; private set; }

    public decimal Amount { get; private set; }

    /// <summary>The client (a Finance customer copy) who paid us, or the company we paid; optional.</summary>
    public Guid? CompanyId { get; private set; }

    public string? Purpose { get; private set; }
    public Guid ArticleId { get; private set; }
    public PaymentStatus Status { get; private set; }
    public PaymentSource Source { get; private set; }

    /// <summary>The sum of the allocations that are not cancelled; never more than <see cref="Amount"/>.</summary>
    public decimal Allocated { get; private set; }

    /// <summary>The day of the reversal that cancelled it.</summary>
    public DateOnly? CancelledOn { get; private set; }

    public IReadOnlyList<PaymentAllocation> Allocations => _allocations;

    /// <summary>What is left to apply to invoices: the client's advance.</summary>
    public decimal Unallocated => Amount - Allocated;

    /// <summary>
    /// Applies <paramref name="amount"/> of this payment to <paramref name="invoice"/> on <paramref name="date"/>. Refused
    /// beyond what is left of the payment (<see cref="OverAllocated"/>) or what is due on the invoice
    /// (<see cref="Invoice.OverAllocated"/>), and for an invoice of another client.
    /// </summary>
    /// <returns>True when this allocation paid the invoice in full.</returns>
    public bool Allocate(Invoice invoice, decimal amount, DateOnly date)
    {
        if (Status != PaymentStatus.Posted || Direction != PaymentDirection.Incoming || CompanyId is null)
            throw new BusinessRuleException(NotAllocatable, Text.Pick(
                $"Платёж {Number} нельзя отнести на счета: это не действующее поступление от клиента.",
                $"Payment {Number} cannot be applied to invoices: it is not a posted incoming payment from a client."));
        if (invoice.CompanyId != CompanyId)
            throw new BusinessRuleException(NotAllocatable, Text.Pick(
                $"Счёт {invoice.Number} выставлен другому клиенту, чем заплатил платёж {Number}.",
                $"Invoice {invoice.Number} is to another client than the one who made payment {Number}."))
            {
                Extensions = new Dictionary<string, object?> { ["invoiceId"] = invoice.Id },
            };
        if (date < Date)
            throw new BusinessRuleException(NotAllocatable, Text.Pick(
                $"Платёж {Number} от {Date:dd.MM.yyyy}: отнести его на счёт раньше этой даты нельзя.",
                $"Payment {Number} is dated {Date:yyyy-MM-dd}: it cannot be applied before that day."));
        if (amount > Unallocated)
            throw new BusinessRuleException(OverAllocated, Text.Pick(
                $"От платежа {Number} осталось {Unallocated:0.00}; отнести на счета {amount:0.00} нельзя.",
                $"Payment {Number} has {Unallocated:0.00} left; {amount:0.00} cannot be applied to invoices."))
            {
                Extensions = new Dictionary<string, object?> { ["paymentId"] = Id, ["unallocated"] = Unallocated, ["requested"] = amount },
            };
        var paidInFull = invoice.Allocate(amount, date);
        _allocations.Add(new PaymentAllocation(Id, invoice.Id, invoice.CompanyId, date, amount));
        Allocated += amount;
        return paidInFull;
    }

    /// <summary>Cancels the payment and its allocations; the caller gives the amounts back to the invoices and reverses the entries.</summary>
    /// <returns>The allocations that were in force.</returns>
    public IReadOnlyList<PaymentAllocation> Cancel(DateOnly date)
    {
        if (Status == PaymentStatus.Cancelled)
            throw new BusinessRuleException(AlreadyCancelled, Text.Pick($"Платёж {Number} уже отменён.", $"Payment {Number} is already cancelled."));
        var active = _allocations.Where(a => a.CancelledOn is null).ToList();
        foreach (var allocation in active)
            allocation.Cancel(date);
        Status = PaymentStatus.Cancelled;
        CancelledOn = date;
        Allocated = 0;
        return active;
    }
}

public enum PaymentDirection
{
    Incoming,
    Outgoing,
}

public enum PaymentStatus
{
    Posted,
    Cancelled,
}

public enum PaymentSource
{
    Manual,
    Statement,
}
