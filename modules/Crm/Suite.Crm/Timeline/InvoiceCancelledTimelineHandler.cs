using Suite.Finance.Events;
using Suite.Framework.Events;

namespace Suite.Crm.Timeline;

/// <summary>An issued invoice cancelled, where its issue is shown, with the date of the reversal.</summary>
internal sealed class InvoiceCancelledTimelineHandler(TimelineWriter timeline) : IIntegrationEventHandler<InvoiceCancelledEto>
{
    public const string Kind = "invoiceCancelled";

    public Task HandleAsync(InvoiceCancelledEto e, CancellationToken cancellationToken) =>
        timeline.AddToDealOrCompanyAsync(e, e.DealId, e.CompanyId, e.At, Kind, e.Number,
            new { e.InvoiceId, e.Number, e.Total, e.Date }, e.CancelledBy, cancellationToken);
}
