namespace Suite.Docs.Domain.Cards;

/// <summary>The kinds of record a document or an attachment may belong to, as the API spells them (`entityType`).</summary>
public static class CardTypes
{
    public const string Company = "company";
    public const string Contact = "contact";
    public const string Deal = "deal";
    public const string Lead = "lead";
    public const string Invoice = "invoice";
    public const string Shipment = "shipment";
    public const string Product = "product";

    /// <summary>Our organisation's requisites: one card under <see cref="Guid.Empty"/>, never shown as a card itself.</summary>
    public const string Organisation = "organisation";

    public static readonly IReadOnlyList<string> All = [Company, Contact, Deal, Lead, Invoice, Shipment, Product];
}
