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

    // A bytea value is one parameter: the bytes are in memory once (uploads are capped, 25 MB by default).
    public async Task SaveAsync(Guid id, Stream content, CancellationToken cancellationToken)
    {
        byte[] bytes;
        if (content.CanSeek)
        {
            bytes = new byte[content.Length - content.Position];
            await content.ReadExactlyAsync(bytes, cancellationToken);
        }
        else
        {
            using var buffer = new MemoryStream();
            await content.CopyToAsync(buffer, cancellationToken);
            bytes = buffer.ToArray();
        }

        db.Files.Add(new StoredFile(id, bytes));
    }

    public async Task<byte[]?> OpenAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Files.Where(f => f.Id == id).Select(f => f.Content).SingleOrDefaultAsync(cancellationToken);

    public async Task<Stream?> OpenReadAsync(Guid id, CancellationToken cancellationToken) =>
        await OpenAsync(id, cancellationToken) is { } content ? new MemoryStream(content, writable: false) : null;

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Files.Where(f => f.Id == id).ExecuteDeleteAsync(cancellationToken);
}
