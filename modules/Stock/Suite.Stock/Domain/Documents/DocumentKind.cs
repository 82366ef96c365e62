namespace Suite.Stock.Domain.Documents;

public enum DocumentKind
{
    /// <summary>Goods come in from a supplier at the unit costs on the lines.</summary>
    Receipt,

    /// <summary>Goods go out to a client, at their cost by the product's valuation.</summary>
    Shipment,

    /// <summary>Goods move to another warehouse, taking their cost with them.</summary>
    Transfer,

    /// <summary>Goods are lost, spoilt or used up, for the reason given.</summary>
    WriteOff,

    /// <summary>An inventory count: the lines hold counted quantities and posting books the differences.</summary>
    Count,
}

public enum DocumentStatus
{
    Draft,
    Posted,

    /// <summary>Posted and then reversed by a counter-document; it stays, with its moves, for the record.</summary>
    Cancelled,
}
