namespace Suite.Docs.Domain.Documents;

/// <summary>A document's bytes kept in the database (server mode), so every host on one PostgreSQL serves the same files.</summary>
public sealed class StoredFile
{
    public Guid Id { get; private set; }
    public byte[] Content { get; private set; } = [];

    private StoredFile() { }

    public StoredFile(Guid id, byte[] content)
    {
        Id = id;
        Content = content;
    }
}
