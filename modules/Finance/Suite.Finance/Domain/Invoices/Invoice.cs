using Suite.Framework.Domain;
using Suite.Framework.Localization;

namespace Suite.Finance.Domain.Invoices;

/// <summary>
/// An invoice to a client (счёт на оплату): a draft until issued, when it gets its number and is posted; then paid in
/// parts or in full by payment allocations, or cancelled by a reversal. Seen by the owner of its client or deal, or by
/// whoever may see every invoice.
/// </summary>
public sealed class Invoice : AuditedEntity, IOwnedRecord
{
    public const string NotDraft = "Finance.Invoice.NotDraft";
    public const string NotPayable = "Finance.Invoice.NotPayable";
    public const string OverAllocated = "Finance.Invoice.OverAllocated";
    public const string Empty = "Finance.Invoice.Empty";

    public static string ViewAllPermission => FinancePermissions.Invoices.ViewAll;

    private readonly List<InvoiceLine> _lines = [];

    private Invoice()
    {
        Currency = null!;
    }

    public Invoice(Guid companyId, Guid? dealId, Guid ownerId)
    {
        CompanyId = companyId;
        DealId = dealId;
        OwnerId = ownerId;
        Currency = "RUB";
    }

    /// <summary>Null while a draft; "СЧ-2026-000123" from issue on.</summary>
    public string? Number { get; private set; }

    public InvoiceStatus Status { get; private set; }
    public Guid CompanyId { get; private set; }
    public Guid? DealId { get; private set; }

    /// <summary>The manager the invoice belongs to: the deal's owner, or the client's when there is no deal.</summary>
    public Guid OwnerId { get; private set; }

    public DateOnly IssueDate { get; private set; }
    public DateOnly DueDate { get; private set; }
    public string Currency { get; private set; }
    public bool PricesIncludeVat { get; private set; }
    public string? Comment { get; private set; }

    public decimal TotalNet { get; private set; }
    public decimal TotalVat { get; private set; }
    public decimal Total { get; private set; }

    /// <summary>The sum of the payment allocations to it; never more than <see cref="Total"/> (the database checks too).</summary>
    public decimal AmountPaid { get; private set; }

    public decimal AmountDue => Total - AmountPaid;

    /// <summary>The buyer as printed, frozen at issue from Finance's customer copy.</summary>
    public string? BuyerName { get; private set; }
    public string? BuyerTaxId { get; private set; }
    public string? BuyerKpp { get; private set; }
    public string? BuyerAddress { get; private set; }

    public DateTimeOffset? IssuedAt { get; private set; }

    /// <summary>The day of the allocation that paid it in full.</summary>
    public DateOnly? PaidOn { get; private set; }

    /// <summary>The day of the reversal that cancelled it.</summary>
    public DateOnly? CancelledOn { get; private set; }

    /// <summary>Set when <c>Finance.Invoice.Overdue</c> went out, so it goes out once.</summary>
    public DateTimeOffset? OverdueNotifiedAt { get; private set; }

    public IReadOnlyList<InvoiceLine> Lines => _lines;

    public bool IsOpen => Status is InvoiceStatus.Issued or InvoiceStatus.PartiallyPaid;

    public void EnsureDraft()
    {
        if (Status != InvoiceStatus.Draft)
            throw new BusinessRuleException(NotDraft, Text.Pick(
                $"Счёт {Number} уже выставлен: изменить его нельзя, только отменить.",
                $"Invoice {Number} is already issued: it cannot be changed, only cancelled."));
    }

    /// <summary>Replaces the draft's header and lines and works the totals out again.</summary>
    public void Draft(Guid companyId, Guid? dealId, Guid ownerId, DateOnly issueDate, DateOnly dueDate, bool pricesIncludeVat,
        string? comment, IEnumerable<InvoiceLine> lines)
    {
        EnsureDraft();
        CompanyId = companyId;
        DealId = dealId;
        OwnerId = ownerId;
        IssueDate = issueDate;
        DueDate = dueDate;
        PricesIncludeVat = pricesIncludeVat;
        Comment = comment;
        _lines.Clear();
        _lines.AddRange(lines);
        TotalNet = _lines.Sum(l => l.Net);
        TotalVat = _lines.Sum(l => l.Vat);
        Total = _lines.Sum(l => l.Total);
    }

    /// <summary>A draft with an amount to ask for; checked before the number is taken, so a refused issue holds no series lock.</summary>
    public void EnsureIssuable()
    {
        EnsureDraft();
        if (_lines.Count == 0 || Total <= 0)
            throw new BusinessRuleException(Empty, Text.Pick("В счёте нет строк с суммой.", "The invoice has no lines with an amount."));
    }

    /// <summary>Numbers the draft and freezes the buyer; the caller posts it in the same transaction.</summary>
    public void Issue(string number, DateOnly issueDate, DateOnly dueDate, string buyerName, string? buyerTaxId, string? buyerKpp,
        string? buyerAddress, DateTimeOffset at)
    {
        EnsureIssuable();
        Number = number;
        IssueDate = issueDate;
        DueDate = dueDate;
        BuyerName = buyerName;
        BuyerTaxId = buyerTaxId;
        BuyerKpp = buyerKpp;
        BuyerAddress = buyerAddress;
        IssuedAt = at;
        Status = InvoiceStatus.Issued;
    }

    /// <summary>Takes part of a payment; refused beyond what is due or on an invoice that is not open.</summary>
    /// <returns>True when this allocation paid the invoice in full.</returns>
    public bool Allocate(decimal amount, DateOnly date)
    {
        if (!IsOpen)
            throw new BusinessRuleException(NotPayable, Text.Pick(
                $"Счёт {Number ?? "(черновик)"} не ожидает оплаты.", $"Invoice {Number ?? "(draft)"} is not awaiting payment."));
        if (amount <= 0 || amount > AmountDue)
            throw new BusinessRuleException(OverAllocated, Text.Pick(
                $"К счёту {Number} осталось оплатить {AmountDue:0.00}; на него нельзя отнести {amount:0.00}.",
                $"Invoice {Number} has {AmountDue:0.00} left to pay; {amount:0.00} cannot be allocated to it."))
            {
                Extensions = new Dictionary<string, object?> { ["invoiceId"] = Id, ["amountDue"] = AmountDue, ["requested"] = amount },
            };
        AmountPaid += amount;
        if (AmountPaid < Total)
        {
            Status = InvoiceStatus.PartiallyPaid;
            return false;
        }

        Status = InvoiceStatus.Paid;
        PaidOn = date;
        return true;
    }

    /// <summary>An allocation was taken back (its payment cancelled): the amount is due again.</summary>
    public void Deallocate(decimal amount)
    {
        AmountPaid -= amount;
        Status = AmountPaid == 0 ? InvoiceStatus.Issued : InvoiceStatus.PartiallyPaid;
        PaidOn = null;
    }

    /// <summary>Cancels an issued invoice that nothing has been allocated to; the caller posts the reversal.</summary>
    public void Cancel(DateOnly date)
    {
        if (Status == InvoiceStatus.Draft || Status == InvoiceStatus.Cancelled || AmountPaid != 0)
            throw new BusinessRuleException(NotPayable, AmountPaid != 0
                ? Text.Pick($"К счёту {Number} отнесены оплаты на {AmountPaid:0.00}: сначала отмените их.",
                    $"Payments of {AmountPaid:0.00} are allocated to invoice {Number}: cancel them first.")
                : Text.Pick("Отменить можно только выставленный счёт.", "Only an issued invoice can be cancelled."));
        Status = InvoiceStatus.Cancelled;
        CancelledOn = date;
    }

    public void MarkOverdueNotified(DateTimeOffset at) => OverdueNotifiedAt = at;
}
