using Microsoft.EntityFrameworkCore;
using Suite.Crm.Data;
using Suite.Crm.Domain.Timeline;
using Suite.Crm.Events;
using Suite.Framework.Events;

namespace Suite.Crm.Timeline;

/// <summary>A lead converted into a client: one item on the new deal (so also on its company's card) and one on the lead.</summary>
internal sealed class LeadTimelineHandler(CrmDbContext db, TimelineWriter timeline) : IIntegrationEventHandler<LeadConvertedEto>
{
    public async Task HandleAsync(LeadConvertedEto e, CancellationToken cancellationToken)
    {
        var dealTitle = await db.Deals.AsNoTracking().IgnoreAutoIncludes().Where(d => d.Id == e.DealId).Select(d => d.Title)
            .FirstOrDefaultAsync(cancellationToken);
        var details = new { e.LeadId, e.CompanyId, e.ContactId, e.DealId };
        await timeline.AddOnceAsync(e, TimelineEntityTypes.Deal, e.DealId, e.CompanyId, e.ChangedAt, TimelineKinds.Converted, dealTitle,
            details, e.ChangedBy, cancellationToken);
        await timeline.AddOnceAsync(e, TimelineEntityTypes.Lead, e.LeadId, null, e.ChangedAt, TimelineKinds.Converted, dealTitle,
            details, e.ChangedBy, cancellationToken);
    }
}
