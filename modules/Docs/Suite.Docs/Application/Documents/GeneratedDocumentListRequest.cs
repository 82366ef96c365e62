namespace Suite.Docs.Application.Documents;

/// <summary>The documents of one record of another module (entityType=invoice&amp;entityId=…).</summary>
internal sealed record GeneratedDocumentListRequest(string EntityType, Guid EntityId);
