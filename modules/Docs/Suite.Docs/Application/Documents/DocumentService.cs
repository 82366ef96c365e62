using Microsoft.EntityFrameworkCore;
using Suite.Docs.Data;
using Suite.Docs.Domain.Documents;
using Suite.Framework.Domain;
using Suite.Framework.Users;

namespace Suite.Docs.Application.Documents;

/// <summary>The documents a user may see (the owner rule) and their files.</summary>
internal sealed class DocumentService(DocsDbContext db, IFileStore files, ICurrentUser user)
{
    /// <summary>Newest version first, so the first is the one to hand out.</summary>
    public async Task<List<GeneratedDocumentDto>> ListAsync(GeneratedDocumentListRequest request, CancellationToken cancellationToken) =>
        await db.Documents.AsNoTracking().VisibleTo(user)
            .Where(d => d.EntityType == request.EntityType && d.EntityId == request.EntityId)
            .OrderBy(d => d.Kind).ThenByDescending(d => d.Version)
            .Select(d => new GeneratedDocumentDto(d.Id, d.Kind, d.Number, d.Title, d.FileName, d.ContentType, d.Size, d.Version, d.CreatedAt))
            .ToListAsync(cancellationToken);

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
