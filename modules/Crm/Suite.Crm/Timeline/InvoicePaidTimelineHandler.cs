using Suite.Finance.Events;
using Suite.Framework.Events;

namespace Suite.Crm.Timeline;

/// <summary>An invoice paid in full, where its issue is shown, with the day the last payment was applied.</summary>
internal sealed class InvoicePaidTimelineHandler(TimelineWriter timeline) : IIntegrationEventHandler<InvoicePaidEto>
{
    public const string Kind = "invoicePaid";

    public Task HandleAsync(InvoicePaidEto e, CancellationToken cancellationToken) =>
        timeline.AddToDealOrCompanyAsync(e, e.DealId, e.CompanyId, e.At, Kind, e.Number,
            new { e.InvoiceId, e.Number, e.Total, e.PaidOn }, null, cancellationToken);
}
