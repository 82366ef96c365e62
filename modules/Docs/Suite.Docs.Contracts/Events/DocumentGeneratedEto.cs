using Suite.Framework.Events;

namespace Suite.Docs.Events;

/// <summary>A document (an invoice's PDF) was rendered and stored for a record of another module.</summary>
[EventName("Docs.Document.Generated")]
public sealed record DocumentGeneratedEto(
    Guid DocumentId, string Kind, string EntityType, Guid EntityId, string Number, string FileName, int Version, Guid OwnerId,
    DateTimeOffset At);
