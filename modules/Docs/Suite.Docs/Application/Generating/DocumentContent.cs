using Suite.Docs.Templates;
using Suite.Finance.Events;

namespace Suite.Docs.Application.Generating;

/// <summary>
/// Everything a document is rendered from, kept as its snapshot (JSON) so the same file can be rendered again: the
/// template as it was (its body, or the Word file's id), the number and date, and the card's data — merge fields for
/// text and Word templates, the issued invoice for the invoice and act forms, the shipment for the waybill.
/// </summary>
internal sealed record DocumentContent(
    string Kind,
    string Format,
    string Body,
    Guid? TemplateFileId,
    string Number,
    DateOnly Date,
    TemplateModel Model,
    InvoiceIssuedEto? Invoice = null,
    OrganisationUpdatedEto? Organisation = null,
    ShipmentSource? Shipment = null)
{
    /// <summary>The merge data with this document's number and date.</summary>
    public TemplateModel NumberedModel => Model with { Document = new TemplateDocument(Number, Date) };
}

/// <summary>A shipment as a waybill prints it: its lines priced at the deal's prices, else the products' sale prices.</summary>
internal sealed record ShipmentSource(string Number, DateOnly Date, IReadOnlyList<ShipmentSourceLine> Lines);

internal sealed record ShipmentSourceLine(string Sku, string Name, string Unit, decimal Quantity, decimal Price, decimal? VatRate);
