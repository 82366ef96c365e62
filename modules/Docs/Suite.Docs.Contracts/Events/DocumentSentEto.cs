using Suite.Framework.Events;

namespace Suite.Docs.Events;

/// <summary>A document was e-mailed (its latest version attached) to <paramref name="To"/> by <paramref name="SentBy"/>.</summary>
[EventName("Docs.Document.Sent")]
public sealed record DocumentSentEto(
    Guid DocumentId, string Kind, string EntityType, Guid EntityId, string Number, string FileName, IReadOnlyList<string> To,
    string Subject, Guid OwnerId, Guid? SentBy, DateTimeOffset At);
