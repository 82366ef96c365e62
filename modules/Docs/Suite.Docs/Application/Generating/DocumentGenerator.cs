using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Suite.Docs.Application.Cards;
using Suite.Docs.Application.Documents;
using Suite.Docs.Application.Templates;
using Suite.Docs.Data;
using Suite.Docs.Domain.Cards;
using Suite.Docs.Domain.Documents;
using Suite.Docs.Domain.Templates;
using Suite.Docs.Events;
using Suite.Framework.Data;
using Suite.Framework.Domain;
using Suite.Framework.Events;
using Suite.Framework.Localization;
using Suite.Framework.Users;

namespace Suite.Docs.Application.Generating;

/// <summary>
/// Makes documents from templates on cards: numbered from the template's series inside the transaction that saves them
/// (a template error rolls the number back, so the series stays gapless), stored with their content as the snapshot,
/// announced as Docs.Document.Generated. Regenerating renders the card and template as they are now under the same
/// number, as the next version.
/// </summary>
internal sealed class DocumentGenerator(
    DocsDbContext db, CardDirectory cards, DocumentContents contents, DocumentRenderer renderer, IFileStore files, ICurrentUser user,
    TimeProvider time)
{
    public async Task<GeneratedDocumentDto> GenerateAsync(GenerateDocumentInput input, CancellationToken ct)
    {
        var template = await TemplateAsync(input.TemplateId!.Value, ct);
        if (!template.EntityTypes.Contains(input.EntityType!))
            throw new UnprocessableContentException("Docs.Template.WrongCard", Text.Pick(
                $"Шаблон «{template.Name}» делается из карточек: {string.Join(", ", template.EntityTypes)}.",
                $"Template '{template.Name}' is made from these cards: {string.Join(", ", template.EntityTypes)}."));
        var card = await cards.GetVisibleAsync(input.EntityType!, input.EntityId!.Value, ct);
        var document = await MakeAsync(template, card, user.Id, null, ct);
        return Dto(document, template);
    }

    public async Task<GeneratedDocumentDto> RegenerateAsync(Guid documentId, CancellationToken ct)
    {
        var previous = await db.GetVisibleDocumentAsync(user, documentId, ct);
        // The invoice PDF made on issue has no template of its own: the built-in invoice form stands for it.
        var template = previous.TemplateId is { } templateId
            ? await TemplateAsync(templateId, ct)
            : await db.Templates.SingleAsync(t => t.BuiltInKey == BuiltInTemplates.InvoiceKey, ct);
        var card = await cards.GetVisibleAsync(previous.EntityType, previous.EntityId, ct);
        var content = await contents.GatherAsync(template, template.Body, card, user.Id, previous.Number, ct);
        var file = await renderer.RenderAsync(content, ct);
        var version = await db.Documents.Where(d => d.Kind == previous.Kind && d.Number == previous.Number).MaxAsync(d => d.Version, ct) + 1;
        var document = await SaveAsync(Origin(template, card, user.Id, null), content, file, version, ct);
        return Dto(document, template);
    }

    /// <summary>An automation's document: made once per triggering event (<paramref name="sourceEvent"/>).</summary>
    public async Task MakeForEventAsync(Template template, Card card, Guid? by, string sourceEvent, CancellationToken ct)
    {
        if (await db.Documents.AnyAsync(d => d.EntityType == card.EntityType && d.EntityId == card.Id && d.Kind == template.Kind
                && d.SourceEvent == sourceEvent, ct))
            return;
        await MakeAsync(template, card, by, sourceEvent, ct);
    }

    // SQLite lets one writer in at a time and makes the others retry until its busy timeout; the embedded mode is one
    // process, so documents queue here instead, however long each render takes on a loaded machine.
    private static readonly SemaphoreSlim EmbeddedWriter = new(1, 1);

    private async Task<Document> MakeAsync(Template template, Card card, Guid? by, string? sourceEvent, CancellationToken ct)
    {
        var content = await contents.GatherAsync(template, template.Body, card, by, "", ct);
        var queued = db.Database.CurrentTransaction is null && db.Database.IsSqlite();
        if (queued)
            await EmbeddedWriter.WaitAsync(ct);
        try
        {
            return await NumberAndSaveAsync(template, card, by, sourceEvent, content, ct);
        }
        finally
        {
            if (queued)
                EmbeddedWriter.Release();
        }
    }

    private async Task<Document> NumberAndSaveAsync(Template template, Card card, Guid? by, string? sourceEvent, DocumentContent content,
        CancellationToken ct)
    {
        // Inside an event handler the inbox's transaction is already open and commits with the handler's work.
        var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await using (transaction)
        {
            var version = 1;
            if (template.Kind != TemplateKinds.Invoice)
                content = content with { Number = DocumentSeries.Format(template.NumberPrefix, content.Date.Year,
                    await db.NextAsync<DocumentSeries>(template.NumberPrefix, content.Date.Year, ct)) };
            else
                version = (await db.Documents.Where(d => d.Kind == template.Kind && d.Number == content.Number)
                    .MaxAsync(d => (int?)d.Version, ct) ?? 0) + 1;
            var file = await renderer.RenderAsync(content, ct);
            var document = await SaveAsync(Origin(template, card, by, sourceEvent), content, file, version, ct);
            if (transaction is not null)
                await transaction.CommitAsync(ct);
            return document;
        }
    }

    private async Task<Document> SaveAsync(DocumentOrigin origin, DocumentContent content, RenderedFile file, int version, CancellationToken ct)
    {
        var title = $"{TitleOf(origin.Kind)} № {content.Number}";
        var document = Document.Generate(origin, content.Number, title, FileNames.Safe(title) + file.Extension, file.ContentType,
            file.Content.Length, version, JsonSerializer.Serialize(content, EventSerializer.Options), time.GetUtcNow());
        await files.SaveAsync(document.Id, file.Content, ct);
        db.Documents.Add(document);
        db.Publish(new DocumentGeneratedEto(document.Id, document.Kind, document.EntityType, document.EntityId, document.Number,
            document.FileName, document.Version, document.OwnerId, document.CreatedAt));
        await db.SaveChangesAsync(ct);
        return document;
    }

    private static DocumentOrigin Origin(Template template, Card card, Guid? by, string? sourceEvent) =>
        new(template.Kind, card.EntityType, card.Id, card.Title, card.OwnerId, template.Id, by, sourceEvent);

    public static string TitleOf(string kind) => kind switch
    {
        TemplateKinds.Invoice => "Счёт",
        TemplateKinds.Act => "Акт",
        TemplateKinds.Waybill => "Товарная накладная",
        TemplateKinds.Proposal => "Коммерческое предложение",
        TemplateKinds.Contract => "Договор",
        _ => "Письмо",
    };

    private async Task<Template> TemplateAsync(Guid id, CancellationToken ct) =>
        await db.Templates.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id && !t.IsDeleted, ct)
        ?? throw new EntityNotFoundException("Template", id);

    private static GeneratedDocumentDto Dto(Document d, Template template) =>
        new(d.Id, d.Kind, d.Number, d.Title, d.FileName, d.ContentType, d.Size, d.Version, d.CreatedAt, d.EntityType, d.EntityId,
            d.EntityTitle, d.TemplateId, template.Name, d.OwnerId);
}
