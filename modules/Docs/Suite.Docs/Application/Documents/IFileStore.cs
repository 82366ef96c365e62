namespace Suite.Docs.Application.Documents;

/// <summary>Where documents' bytes live: a folder in the embedded mode, the database in server mode (chosen by the provider).</summary>
internal interface IFileStore
{
    /// <summary>Keeps the bytes under <paramref name="id"/>; the database store writes them with the DbContext's next SaveChanges.</summary>
    Task SaveAsync(Guid id, byte[] content, CancellationToken cancellationToken);

    /// <summary>
    /// Keeps the rest of <paramref name="content"/> under <paramref name="id"/> (an upload spooled to a temporary file);
    /// the folder store copies it without holding it in memory, the database store as <see cref="SaveAsync(Guid, byte[], CancellationToken)"/>.
    /// </summary>
    Task SaveAsync(Guid id, Stream content, CancellationToken cancellationToken);

    /// <summary>The bytes kept under <paramref name="id"/>, or null when there are none.</summary>
    Task<byte[]?> OpenAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>A stream of the bytes kept under <paramref name="id"/> for the caller to dispose, or null when there are none.</summary>
    Task<Stream?> OpenReadAsync(Guid id, CancellationToken cancellationToken);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken);
}
