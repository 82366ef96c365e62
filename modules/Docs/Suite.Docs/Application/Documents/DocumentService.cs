using Microsoft.EntityFrameworkCore;
using Suite.Docs.Data;
using Suite.Docs.Domain.Documents;
using Suite.Framework.Domain;
using Suite.Framework.Paging;
using Suite.Framework.People;
using Suite.Framework.Time;
using Suite.Framework.Users;

namespace Suite.Docs.Application.Documents;

/// <summary>The documents a user may see (the owner rule) and their files.</summary>
internal sealed class DocumentService(DocsDbContext db, IFileStore files, ICurrentUser user, BusinessClock clock)
{
    // Newest first, so the first item is the one to hand out.
    private static readonly SortMap<Document> Sorting = new SortMap<Document>("createdAt desc, version desc")
        .Add("createdAt", d => d.CreatedAt)
        .Add("version", d => d.Version)
        .Add("number", d => d.Number)
        .Add("kind", d => d.Kind);

    public async Task<PagedResult<GeneratedDocumentDto>> ListAsync(GeneratedDocumentListRequest request, CancellationToken cancellationToken)
    {
        var documents = db.Documents.AsNoTracking().VisibleTo(user);
        if (!string.IsNullOrWhiteSpace(request.EntityType))
            documents = documents.Where(d => d.EntityType == request.EntityType);
        if (request.EntityId is { } entityId)
            documents = documents.Where(d => d.EntityId == entityId);
        if (!string.IsNullOrWhiteSpace(request.Kind))
            documents = documents.Where(d => d.Kind == request.Kind);
        var period = clock.Period(request.From, request.To);
        if (period.From is { } from)
            documents = documents.Where(d => d.CreatedAt >= from);
        if (period.Before is { } before)
            documents = documents.Where(d => d.CreatedAt < before);
        if (!string.IsNullOrWhiteSpace(request.Filter))
            documents = documents.Where(d => d.Number.Contains(request.Filter) || d.FileName.Contains(request.Filter)
                || d.EntityTitle.Contains(request.Filter));
        var page = await documents.ToPageAsync(request, Sorting,
            d => new GeneratedDocumentDto(d.Id, d.Kind, d.Number, d.Title, d.FileName, d.ContentType, d.Size, d.Version, d.CreatedAt,
                d.EntityType, d.EntityId, d.EntityTitle, d.TemplateId,
                db.Templates.Where(t => t.Id == d.TemplateId).Select(t => t.Name).FirstOrDefault(), d.OwnerId,
                db.Dispatches.Where(x => x.DocumentId == d.Id).OrderByDescending(x => x.SentAt).Select(x => (DateTimeOffset?)x.SentAt).FirstOrDefault()),
            cancellationToken);
        return await db.People.WithNamesAsync(page, d => d.OwnerId, (d, name) => d with { OwnerName = name }, cancellationToken);
    }

    /// <summary>Another owner's document is not found, like one that does not exist.</summary>
    public async Task<DocumentFile> FileAsync(Guid id, CancellationToken cancellationToken)
    {
        var document = await db.GetVisibleDocumentAsync(user, id, cancellationToken);
        var content = await files.OpenAsync(document.Id, cancellationToken)
            ?? throw new EntityNotFoundException(nameof(Document), id);
        return new DocumentFile(content, document.ContentType, document.FileName);
    }
}
