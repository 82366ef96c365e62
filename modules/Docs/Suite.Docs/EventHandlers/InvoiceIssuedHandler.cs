using Microsoft.EntityFrameworkCore;
using Suite.Docs.Application.Documents;
using Suite.Docs.Application.Templates;
using Suite.Docs.Data;
using Suite.Docs.Domain.Documents;
using Suite.Docs.Events;
using Suite.Docs.Forms;
using Suite.Finance.Events;
using Suite.Framework.Events;

namespace Suite.Docs.EventHandlers;

/// <summary>Prints an issued invoice with the built-in invoice template's options and keeps the PDF as the invoice's document; a redelivered event changes nothing.</summary>
internal sealed class InvoiceIssuedHandler(DocsDbContext db, IFileStore files, TimeProvider clock) : IIntegrationEventHandler<InvoiceIssuedEto>
{
    private const string SourceEvent = "Finance.Invoice.Issued";

    public async Task HandleAsync(InvoiceIssuedEto e, CancellationToken cancellationToken)
    {
        var documents = db.Documents.Where(d =>
            d.EntityType == Document.InvoiceEntity && d.EntityId == e.InvoiceId && d.Kind == Document.InvoiceKind);
        if (await documents.AnyAsync(d => d.SourceEvent == SourceEvent, cancellationToken))
            return;
        var version = (await documents.MaxAsync(d => (int?)d.Version, cancellationToken) ?? 0) + 1;

        // The built-in invoice template's texts and options (an admin may have changed them); its TemplateId stays empty so
        // the automatic PDF keeps its own identity (SourceEvent) apart from documents made by hand.
        var body = await db.Templates.Where(t => t.BuiltInKey == BuiltInTemplates.InvoiceKey).Select(t => t.Body).SingleOrDefaultAsync(cancellationToken);
        var options = body is null ? FormOptions.Default : FormOptions.Parse(body, FormKind.Invoice).Options ?? FormOptions.Default;
        var pdf = InvoiceForm.Render(InvoicePrints.From(e), options.Language, options);
        var document = Document.ForInvoice(e.InvoiceId, e.Number, e.OwnerId, version, pdf.Length, SourceEvent,
            EventSerializer.Serialize(e), clock.GetUtcNow());
        await files.SaveAsync(document.Id, pdf, cancellationToken);
        db.Documents.Add(document);
        db.Publish(new DocumentGeneratedEto(document.Id, document.Kind, document.EntityType, document.EntityId, document.Number,
            document.FileName, document.Version, document.OwnerId, document.CreatedAt));
    }
}
