namespace Suite.Docs.Domain.Documents;

/// <summary>Where a generated document comes from: which card, which template, who (or which event) asked for it.</summary>
public sealed record DocumentOrigin(
    string Kind, string EntityType, Guid EntityId, string EntityTitle, Guid OwnerId, Guid? TemplateId, Guid? GeneratedBy, string? SourceEvent);
