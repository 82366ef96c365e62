namespace Suite.Crm.Domain.SalesFacts;

/// <summary>
/// One fact of what was sold, paid or shipped, as Finance and Stock reported it, kept by Crm for its sales analytics
/// (profit by channel, products, plan vs fact). Its key is the event's own identity (the invoice, payment or shipment,
/// the line, whether it is the reversal), so a replayed event finds its facts already there and adds nothing. A
/// cancellation is a negative copy dated the day of the reversal: a period closed before it keeps its figures, as in
/// Finance's books.
/// <para>
/// A fact names the deal and the company it is about, not their owner or source: those are read from the deal (else
/// the company) when a report runs, so a deal handed to another manager takes its facts along.
/// </para>
/// </summary>
public sealed class SalesFact
{
    private SalesFact()
    {
    }

    public SalesFact(SalesFactKind kind, Guid documentId, int line, DateOnly date, Guid? dealId, Guid? companyId, Guid? productId,
        Guid? invoiceId, decimal quantity, decimal amount)
    {
        Kind = kind;
        DocumentId = documentId;
        Line = line;
        Date = date;
        DealId = dealId;
        CompanyId = companyId;
        ProductId = productId;
        InvoiceId = invoiceId;
        Quantity = quantity;
        Amount = amount;
    }

    public SalesFactKind Kind { get; private set; }

    /// <summary>The invoice (revenue), the payment (payment) or the shipment (cost) the fact comes from.</summary>
    public Guid DocumentId { get; private set; }

    /// <summary>The invoice line's position, the allocation's or the shipped line's place in its event.</summary>
    public int Line { get; private set; }

    /// <summary>True for the negative copy a cancellation adds.</summary>
    public bool IsReversal { get; private set; }

    /// <summary>The company day the fact belongs to: issue, payment, shipment or cancellation date.</summary>
    public DateOnly Date { get; private set; }

    public Guid? DealId { get; private set; }
    public Guid? CompanyId { get; private set; }
    public Guid? ProductId { get; private set; }

    /// <summary>The invoice a revenue line or a payment belongs to.</summary>
    public Guid? InvoiceId { get; private set; }

    /// <summary>Units sold or shipped; zero for a payment.</summary>
    public decimal Quantity { get; private set; }

    /// <summary>Net revenue, money received or cost, in roubles; negative on a reversal.</summary>
    public decimal Amount { get; private set; }

    /// <summary>The negative copy that cancels this fact on <paramref name="date"/>.</summary>
    public SalesFact ReversedOn(DateOnly date) =>
        new(Kind, DocumentId, Line, date, DealId, CompanyId, ProductId, InvoiceId, -Quantity, -Amount) { IsReversal = true };
}
