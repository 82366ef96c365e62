using Suite.Framework.Domain;

namespace Suite.Docs.Domain.Documents;

/// <summary>
/// A file Docs made for another module's record (the PDF of an issued invoice). It keeps the data it was rendered from
/// (<see cref="Snapshot"/>, the source event's JSON) so the same file can be rendered again; the bytes live in the file store.
/// </summary>
public sealed class Document : Entity, IOwnedRecord
{
    public const string InvoiceKind = "invoice";
    public const string InvoiceEntity = "invoice";
    public const string PdfContentType = "application/pdf";

    public string Kind { get; private set; } = "";
    public string EntityType { get; private set; } = "";
    public Guid EntityId { get; private set; }

    /// <summary>The record's own number (an invoice's СЧ-2026-000123): Docs keeps no series of its own for these.</summary>
    public string Number { get; private set; } = "";

    public string Title { get; private set; } = "";
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }

    /// <summary>1, 2, … per record and kind; the latest is the one to hand out.</summary>
    public int Version { get; private set; }

    public Guid OwnerId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The name of the event the document was made from; with the record and kind it makes a redelivery a no-op.</summary>
    public string SourceEvent { get; private set; } = "";

    public string Snapshot { get; private set; } = "";

    public static string ViewAllPermission => DocsPermissions.Documents.ViewAll;

    private Document() { }

    /// <summary>An issued invoice's PDF: named after the invoice's number, owned by the invoice's owner.</summary>
    public static Document ForInvoice(Guid invoiceId, string number, Guid ownerId, int version, long size, string sourceEvent,
        string snapshot, DateTimeOffset at) => new()
    {
        Kind = InvoiceKind,
        EntityType = InvoiceEntity,
        EntityId = invoiceId,
        Number = number,
        Title = $"Счёт № {number}",
        FileName = $"Счёт {number}.pdf",
        ContentType = PdfContentType,
        Size = size,
        Version = version,
        OwnerId = ownerId,
        CreatedAt = at,
        SourceEvent = sourceEvent,
        Snapshot = snapshot,
    };
}
