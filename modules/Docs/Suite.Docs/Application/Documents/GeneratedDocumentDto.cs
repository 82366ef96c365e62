namespace Suite.Docs.Application.Documents;

/// <summary>
/// A generated document (Stock has its own DocumentDto) as lists show it; the bytes come from its file endpoint.
/// <see cref="EntityTitle"/> names the card it belongs to, <see cref="OwnerName"/> its owner.
/// </summary>
internal sealed record GeneratedDocumentDto(
    Guid Id, string Kind, string Number, string Title, string FileName, string ContentType, long Size, int Version,
    DateTimeOffset CreatedAt, string EntityType, Guid EntityId, string EntityTitle, Guid? TemplateId, string? TemplateName,
    Guid OwnerId, string? OwnerName = null);
