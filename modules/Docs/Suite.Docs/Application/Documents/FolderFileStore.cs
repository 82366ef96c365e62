namespace Suite.Docs.Application.Documents;

/// <summary>
/// The embedded mode's store: one file per id in a folder under the data path. A file is written before the document's
/// row commits, so a failed save can leave an unreferenced file behind, never a document without its file.
/// </summary>
internal sealed class FolderFileStore(DocsFileFolder folder) : IFileStore
{
    public async Task SaveAsync(Guid id, byte[] content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder.Path);
        // Written aside and moved into place, so a reader never sees half a file.
        var temporary = PathOf(id) + ".tmp";
        await File.WriteAllBytesAsync(temporary, content, cancellationToken);
        File.Move(temporary, PathOf(id), overwrite: true);
    }

    public async Task SaveAsync(Guid id, Stream content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder.Path);
        var temporary = PathOf(id) + ".tmp";
        await using (var file = File.Create(temporary))
            await content.CopyToAsync(file, cancellationToken);
        File.Move(temporary, PathOf(id), overwrite: true);
    }

    public async Task<byte[]?> OpenAsync(Guid id, CancellationToken cancellationToken) =>
        File.Exists(PathOf(id)) ? await File.ReadAllBytesAsync(PathOf(id), cancellationToken) : null;

    public Task<Stream?> OpenReadAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult<Stream?>(File.Exists(PathOf(id))
            ? new FileStream(PathOf(id), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true)
            : null);

    public Task DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        File.Delete(PathOf(id));
        return Task.CompletedTask;
    }

    private string PathOf(Guid id) => System.IO.Path.Combine(folder.Path, id.ToString("N"));
}

/// <summary>The folder of the embedded mode's document files.</summary>
internal sealed record DocsFileFolder(string Path);
