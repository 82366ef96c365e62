namespace Suite.Docs.Application.Documents;

/// <summary>A generated document as lists show it; the bytes come from its file endpoint.</summary>
internal sealed record DocumentDto(
    Guid Id, string Kind, string Number, string Title, string FileName, string ContentType, long Size, int Version,
    DateTimeOffset CreatedAt);
