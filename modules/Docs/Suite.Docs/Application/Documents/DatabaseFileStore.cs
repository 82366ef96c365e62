using Microsoft.EntityFrameworkCore;
using Suite.Docs.Data;
using Suite.Docs.Domain.Documents;

namespace Suite.Docs.Application.Documents;

/// <summary>Server mode's store: the bytes in the DocsFiles table, saved in the same transaction as the document.</summary>
internal sealed class DatabaseFileStore(DocsDbContext db) : IFileStore
{
    public Task SaveAsync(Guid id, byte[] content, CancellationToken cancellationToken)
    {
        db.Files.Add(new StoredFile(id, content));
        return Task.CompletedTask;
    }

    public async Task<byte[]?> OpenAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Files.Where(f => f.Id == id).Select(f => f.Content).SingleOrDefaultAsync(cancellationToken);

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Files.Where(f => f.Id == id).ExecuteDeleteAsync(cancellationToken);
}
