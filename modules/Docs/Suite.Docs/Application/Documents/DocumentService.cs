using Microsoft.EntityFrameworkCore;
using Suite.Docs.Data;
using Suite.Docs.Domain.Documents;
using Suite.Framework.Domain;
using Suite.Framework.Paging;
using Suite.Framework.Users;

namespace Suite.Docs.Application.Documents;

/// <summary>The documents a user may see (the owner rule) and their files.</summary>
internal sealed class DocumentService(DocsDbContext db, IFileStore files, ICurrentUser user)
{
    // Newest first, so the first item is the one to hand out.
    private static readonly SortMap<Document> Sorting = new SortMap<Document>("createdAt desc, version desc")
        .Add("createdAt", d => d.CreatedAt)
        .Add("version", d => d.Version)
        .Add("number", d => d.Number)
        .Add("kind", d => d.Kind);

    public Task<PagedResult<GeneratedDocumentDto>> ListAsync(GeneratedDocumentListRequest request, CancellationToken cancellationToken)
    {
        var documents = db.Documents.AsNoTracking().VisibleTo(user);
        if (!string.IsNullOrWhiteSpace(request.EntityType))
            documents = documents.Where(d => d.EntityType == request.EntityType);
        if (request.EntityId is { } entityId)
            documents = documents.Where(d => d.EntityId == entityId);
        if (!string.IsNullOrWhiteSpace(request.Filter))
            documents = documents.Where(d => d.Number.Contains(request.Filter) || d.FileName.Contains(request.Filter));
        return documents.ToPageAsync(request, Sorting,
            d => new GeneratedDocumentDto(d.Id, d.Kind, d.Number, d.Title, d.FileName, d.ContentType, d.Size, d.Version, d.CreatedAt),
            cancellationToken);
    }

    /// <summary>Another owner's document is not found, like one that does not exist.</summary>
    public async Task<DocumentFile> FileAsync(Guid id, CancellationToken cancellationToken)
    {
        var document = await db.Documents.AsNoTracking().VisibleTo(user).SingleOrDefaultAsync(d => d.Id == id, cancellationToken)
            ?? throw new EntityNotFoundException(nameof(Document), id);
        var content = await files.OpenAsync(document.Id, cancellationToken)
            ?? throw new EntityNotFoundException(nameof(Document), id);
        return new DocumentFile(content, document.ContentType, document.FileName);
    }
}
