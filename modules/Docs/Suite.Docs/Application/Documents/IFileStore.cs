namespace Suite.Docs.Application.Documents;

/// <summary>Where documents' bytes live: a folder in the embedded mode, the database in server mode (chosen by the provider).</summary>
internal interface IFileStore
{
    /// <summary>Keeps the bytes under <paramref name="id"/>; the database store writes them with the DbContext's next SaveChanges.</summary>
    Task SaveAsync(Guid id, byte[] content, CancellationToken cancellationToken);

    /// <summary>The bytes kept under <paramref name="id"/>, or null when there are none.</summary>
    Task<byte[]?> OpenAsync(Guid id, CancellationToken cancellationToken);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken);
}
