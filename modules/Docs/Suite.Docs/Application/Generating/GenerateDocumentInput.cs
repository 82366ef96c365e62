namespace Suite.Docs.Application.Generating;

/// <summary>Make a document from a template on a card: <c>{ templateId, entityType: "deal", entityId }</c>.</summary>
internal sealed record GenerateDocumentInput(Guid? TemplateId, string? EntityType, Guid? EntityId);
