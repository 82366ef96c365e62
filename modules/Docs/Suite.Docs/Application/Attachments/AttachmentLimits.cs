using Microsoft.Extensions.Configuration;

namespace Suite.Docs.Application.Attachments;

/// <summary>How big an upload may be. Only the per-file cap is a setting; the rest follow from it.</summary>
internal sealed class AttachmentLimits
{
    public const long DefaultMaxAttachmentBytes = 25 * 1024 * 1024;

    /// <summary>Files one request may carry: a drag and drop of a handful, not a folder.</summary>
    public const int MaxFilesPerRequest = 10;

    /// <summary>Room for the form fields, part headers and boundaries around the files' bytes.</summary>
    private const long FormOverhead = 1024 * 1024;

    public AttachmentLimits(IConfiguration configuration)
    {
        MaxAttachmentBytes = configuration.GetValue("Suite:Docs:MaxAttachmentBytes", DefaultMaxAttachmentBytes);
        if (MaxAttachmentBytes <= 0)
            throw new InvalidOperationException("Suite:Docs:MaxAttachmentBytes must be a positive number of bytes.");
    }

    /// <summary>Suite:Docs:MaxAttachmentBytes (default 25 MB): larger files are cut off while they stream in (413).</summary>
    public long MaxAttachmentBytes { get; }

    /// <summary>
    /// The body size the server accepts on the upload endpoint at all (Kestrel's limit for that endpoint): every file at
    /// the cap plus the form around them. A bigger body is refused by the server before Docs reads it.
    /// </summary>
    public long MaxRequestBytes => MaxAttachmentBytes * MaxFilesPerRequest + FormOverhead;
}
