using Suite.Framework.Domain;

namespace Suite.Docs.Domain.Documents;

/// <summary>
/// A file Docs made for another module's record: the PDF of an issued invoice, or a document generated from a template
/// on a card. It keeps the data it was rendered from (<see cref="Snapshot"/>: the source event's JSON, or the
/// generation's DocumentContent) so the same file can be rendered again; the bytes live in the file store. Each
/// regeneration is a new row with the same number and the next <see cref="Version"/>.
/// </summary>
public sealed class Document : Entity, IOwnedRecord
{
    public const string InvoiceKind = "invoice";
    public const string InvoiceEntity = "invoice";
    public const string PdfContentType = "application/pdf";

    public string Kind { get; private set; } = "";
    public string EntityType { get; private set; } = "";
    public Guid EntityId { get; private set; }

    /// <summary>From the template's series (Д-2026-0001), or the record's own number (an invoice's СЧ-2026-000123).</summary>
    public string Number { get; private set; } = "";

    public string Title { get; private set; } = "";
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }

    /// <summary>1, 2, … per number; the latest is the one to hand out.</summary>
    public int Version { get; private set; }

    public Guid OwnerId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>How the card was named when the document was made ("ООО «Ромашка»", "Остекление офиса").</summary>
    public string EntityTitle { get; private set; } = "";

    /// <summary>The template it was made from; none for the invoice PDF made on issue.</summary>
    public Guid? TemplateId { get; private set; }

    public Guid? GeneratedBy { get; private set; }

    /// <summary>
    /// What made it when an event did (the issued invoice, an automation's stage change); with the record and kind it
    /// makes a redelivery a no-op. Null for a document a user asked for.
    /// </summary>
    public string? SourceEvent { get; private set; }

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
        EntityTitle = $"Счёт № {number}",
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

    /// <summary>A document made from a template on a card (or the next version of one: same number, next version).</summary>
    public static Document Generate(DocumentOrigin origin, string number, string title, string fileName, string contentType, long size,
        int version, string snapshot, DateTimeOffset at) => new()
    {
        Kind = origin.Kind,
        EntityType = origin.EntityType,
        EntityId = origin.EntityId,
        EntityTitle = origin.EntityTitle,
        TemplateId = origin.TemplateId,
        GeneratedBy = origin.GeneratedBy,
        SourceEvent = origin.SourceEvent,
        OwnerId = origin.OwnerId,
        Number = number,
        Title = title,
        FileName = fileName,
        ContentType = contentType,
        Size = size,
        Version = version,
        CreatedAt = at,
        Snapshot = snapshot,
    };
}
