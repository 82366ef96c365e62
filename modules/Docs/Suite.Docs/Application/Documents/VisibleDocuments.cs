using Microsoft.EntityFrameworkCore;
using Suite.Docs.Data;
using Suite.Docs.Domain.Documents;
using Suite.Framework.Domain;
using Suite.Framework.Users;

namespace Suite.Docs.Application.Documents;

/// <summary>The one way to a document by id: another owner's is not found, like one that does not exist.</summary>
internal static class VisibleDocuments
{
    public static async Task<Document> GetVisibleDocumentAsync(this DocsDbContext db, ICurrentUser user, Guid id, CancellationToken cancellationToken) =>
        await db.Documents.AsNoTracking().VisibleTo(user).SingleOrDefaultAsync(d => d.Id == id, cancellationToken)
        ?? throw new EntityNotFoundException(nameof(Document), id);
}
