using Suite.Docs.Events;
using Suite.Framework.Events;

namespace Suite.Crm.Timeline;

/// <summary>A document made for a card (an invoice's PDF, a contract, a proposal), with its number and version.</summary>
internal sealed class DocumentGeneratedTimelineHandler(DocumentTimeline documents) : IIntegrationEventHandler<DocumentGeneratedEto>
{
    public const string Kind = "documentGenerated";

    public Task HandleAsync(DocumentGeneratedEto e, CancellationToken cancellationToken) =>
        documents.AddAsync(e, e.EntityType, e.EntityId, e.At, Kind, DocumentTimeline.NameOf(e.FileName),
            new { e.DocumentId, e.Kind, e.Number, e.FileName, e.Version }, null, cancellationToken);
}
