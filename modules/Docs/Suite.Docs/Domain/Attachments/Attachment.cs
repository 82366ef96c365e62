using Suite.Framework.Domain;

namespace Suite.Docs.Domain.Attachments;

/// <summary>
/// A file a user put on a card (a company's signed contract, a photo of a delivered window). Its type is the one Docs
/// found in the bytes, never the one the browser claimed; the bytes and the thumbnail live in the file store.
/// </summary>
public sealed class Attachment : Entity
{
    public const int MaxFileNameLength = 200;

    public string EntityType { get; private set; } = "";
    public Guid EntityId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }

    /// <summary>Hex SHA-256 of the bytes, so a download can be checked against what was uploaded.</summary>
    public string Sha256 { get; private set; } = "";

    /// <summary>The stored PNG thumbnail (images only): a file of its own in the store.</summary>
    public Guid? ThumbnailId { get; private set; }

    public bool HasThumbnail => ThumbnailId is not null;

    public Guid UploadedBy { get; private set; }
    public DateTimeOffset UploadedAt { get; private set; }

    private Attachment() { }

    public Attachment(string entityType, Guid entityId, string fileName, string contentType, long size, string sha256,
        Guid? thumbnailId, Guid uploadedBy, DateTimeOffset uploadedAt)
    {
        EntityType = entityType;
        EntityId = entityId;
        FileName = fileName;
        ContentType = contentType;
        Size = size;
        Sha256 = sha256;
        ThumbnailId = thumbnailId;
        UploadedBy = uploadedBy;
        UploadedAt = uploadedAt;
    }
}
