namespace Suite.Crm.Domain.SalesFacts;

/// <summary>What a sales fact records: money invoiced, money received against an invoice, or what the goods shipped cost.</summary>
public enum SalesFactKind
{
    /// <summary>An issued invoice line, net of VAT, on the issue date.</summary>
    Revenue,

    /// <summary>A part of a received payment applied to an invoice, on the payment's date.</summary>
    Payment,

    /// <summary>A shipped line's cost by Stock's valuation, on the shipment's date.</summary>
    Cost,
}
