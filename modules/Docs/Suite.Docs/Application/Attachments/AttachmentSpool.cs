using System.Security.Cryptography;

namespace Suite.Docs.Application.Attachments;

/// <summary>
/// One uploaded file on its way in: written to a temporary file (deleted when disposed) while it streams, counted and
/// hashed, and cut off one byte past the cap, so memory never holds an upload and an oversized one is never read whole.
/// </summary>
internal sealed class AttachmentSpool : IAsyncDisposable
{
    private AttachmentSpool(string fileName, FileStream content, long size, string sha256)
    {
        FileName = fileName;
        Content = content;
        Size = size;
        Sha256 = sha256;
    }

    public string FileName { get; }
    public FileStream Content { get; }
    public long Size { get; }
    public string Sha256 { get; }

    public static async Task<AttachmentSpool> WriteAsync(Stream body, string fileName, long maxBytes, CancellationToken cancellationToken)
    {
        var content = new FileStream(Path.Combine(Path.GetTempPath(), "suite-attachment-" + Guid.NewGuid().ToString("N")),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[81920];
            long size = 0;
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                size += read;
                if (size > maxBytes)
                    throw new AttachmentTooLargeException(fileName, maxBytes);
                hash.AppendData(buffer, 0, read);
                await content.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }

            await content.FlushAsync(cancellationToken);
            content.Position = 0;
            return new AttachmentSpool(fileName, content, size, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
        catch
        {
            await content.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => Content.DisposeAsync();
}
