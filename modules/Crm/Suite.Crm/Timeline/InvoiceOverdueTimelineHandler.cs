using Suite.Finance.Events;
using Suite.Framework.Events;

namespace Suite.Crm.Timeline;

/// <summary>An invoice past its due date and not paid in full, where its issue is shown, with the amount still due.</summary>
internal sealed class InvoiceOverdueTimelineHandler(TimelineWriter timeline) : IIntegrationEventHandler<InvoiceOverdueEto>
{
    public const string Kind = "invoiceOverdue";

    public Task HandleAsync(InvoiceOverdueEto e, CancellationToken cancellationToken) =>
        timeline.AddToDealOrCompanyAsync(e, e.DealId, e.CompanyId, e.At, Kind, e.Number,
            new { e.InvoiceId, e.Number, e.Total, e.AmountDue, e.DueDate }, null, cancellationToken);
}
