namespace Suite.Docs.Application.Attachments;

/// <summary>An attachment as a card lists it; the bytes come from its file endpoint, the preview from its thumbnail endpoint.</summary>
internal sealed record AttachmentDto(
    Guid Id, string FileName, string ContentType, long Size, bool HasThumbnail, Guid UploadedBy, string? UploadedByName,
    DateTimeOffset UploadedAt);
