namespace Suite.Docs.Application.Attachments;

/// <summary>A stored file to send: the attachment's bytes or its thumbnail; the caller disposes the stream.</summary>
internal sealed record AttachmentFile(Stream Content, string ContentType, string? FileName);
