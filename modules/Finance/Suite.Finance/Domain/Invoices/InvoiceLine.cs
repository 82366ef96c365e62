using Suite.Framework.Domain;

namespace Suite.Finance.Domain.Invoices;

/// <summary>
/// A line of an invoice with its VAT worked out and rounded to kopecks on the line, as Russian invoices print it.
/// Net prices: net = quantity × price, VAT = net × rate. VAT-inclusive prices: total = quantity × price,
/// VAT = total × rate / (100 + rate), net = total − VAT.
/// </summary>
public sealed class InvoiceLine : Entity
{
    private InvoiceLine()
    {
        Description = null!;
        Unit = null!;
    }

    public InvoiceLine(int position, Guid? productId, string description, string unit, decimal quantity, decimal unitPrice,
        decimal? vatRate, bool pricesIncludeVat)
    {
        Position = position;
        ProductId = productId;
        Description = description;
        Unit = unit;
        Quantity = quantity;
        UnitPrice = unitPrice;
        VatRate = vatRate;
        var rate = vatRate ?? 0m;
        if (pricesIncludeVat)
        {
            Total = Kopecks(quantity * unitPrice);
            Vat = Kopecks(Total * rate / (100m + rate));
            Net = Total - Vat;
        }
        else
        {
            Net = Kopecks(quantity * unitPrice);
            Vat = Kopecks(Net * rate / 100m);
            Total = Net + Vat;
        }
    }

    public Guid InvoiceId { get; private set; }

    /// <summary>The line's place on the invoice, from 1.</summary>
    public int Position { get; private set; }

    public Guid? ProductId { get; private set; }
    public string Description { get; private set; }
    public string Unit { get; private set; }
    public decimal Quantity { get; private set; }
    public decimal UnitPrice { get; private set; }

    /// <summary>Percent; null means "без НДС".</summary>
    public decimal? VatRate { get; private set; }

    public decimal Net { get; private set; }
    public decimal Vat { get; private set; }
    public decimal Total { get; private set; }

    public static decimal Kopecks(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);
}
