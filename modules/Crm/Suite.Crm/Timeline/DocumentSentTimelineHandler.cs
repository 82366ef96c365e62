using Suite.Docs.Events;
using Suite.Framework.Events;

namespace Suite.Crm.Timeline;

/// <summary>A document e-mailed to the client: to whom, under which subject, by whom.</summary>
internal sealed class DocumentSentTimelineHandler(DocumentTimeline documents) : IIntegrationEventHandler<DocumentSentEto>
{
    public const string Kind = "documentSent";

    public Task HandleAsync(DocumentSentEto e, CancellationToken cancellationToken) =>
        documents.AddAsync(e, e.EntityType, e.EntityId, e.At, Kind, DocumentTimeline.NameOf(e.FileName),
            new { e.DocumentId, e.Kind, e.Number, e.FileName, e.To, e.Subject }, e.SentBy, cancellationToken);
}
