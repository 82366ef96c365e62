using Microsoft.EntityFrameworkCore;
using Suite.Crm.Data;
using Suite.Crm.Domain.Timeline;
using Suite.Crm.Events;
using Suite.Framework.Events;

namespace Suite.Crm.Timeline;

/// <summary>
/// A company's own changes on its card: created, fields changed (old → new), owner changed, a duplicate merged in.
/// </summary>
/// <remarks>
/// The timeline is fed by one handler class per source area, each subscribed in <c>CrmModule</c>
/// (<c>.Subscribe&lt;TEvent, THandler&gt;()</c>). Another module's facts (shipments, invoices, payments, documents,
/// tasks) become timeline kinds the same way: a <c>ShipmentTimelineHandler</c> here that handles that module's
/// Contracts event and calls <see cref="TimelineWriter.AddOnceAsync"/> with its own kind. See docs/adr/0007-crm-timeline.md.
/// </remarks>
internal sealed class CompanyTimelineHandler(CrmDbContext db, TimelineWriter timeline) :
    IIntegrationEventHandler<CompanyCreatedEto>,
    IIntegrationEventHandler<CompanyUpdatedEto>,
    IIntegrationEventHandler<CompanyMergedEto>
{
    private const string Company = TimelineEntityTypes.Company;

    public Task HandleAsync(CompanyCreatedEto e, CancellationToken cancellationToken) =>
        timeline.AddOnceAsync(e, Company, e.CompanyId, e.CompanyId, e.ChangedAt, TimelineKinds.Created, e.Name,
            new { e.Name, e.TaxId, e.Kpp, e.Address, e.OwnerId }, e.ChangedBy, cancellationToken);

    public async Task HandleAsync(CompanyUpdatedEto e, CancellationToken cancellationToken)
    {
        var (fields, owner) = OwnerApart(e.Changes);
        if (fields.Count > 0)
            await timeline.AddOnceAsync(e, Company, e.CompanyId, e.CompanyId, e.ChangedAt, TimelineKinds.Updated, e.Name,
                new { changes = fields }, e.ChangedBy, cancellationToken);
        if (owner is not null)
            await timeline.AddOnceAsync(e, Company, e.CompanyId, e.CompanyId, e.ChangedAt, TimelineKinds.OwnerChanged, e.Name,
                new { changes = new[] { owner } }, e.ChangedBy, cancellationToken);
    }

    public async Task HandleAsync(CompanyMergedEto e, CancellationToken cancellationToken)
    {
        // Whatever the duplicate's card showed now shows on the company that stays; doing it again changes nothing.
        var mergedName = await db.TimelineItems.AsNoTracking()
            .Where(t => t.EntityType == Company && t.EntityId == e.MergedCompanyId && t.Kind == TimelineKinds.Created)
            .Select(t => t.Title).FirstOrDefaultAsync(cancellationToken);
        var moved = await db.TimelineItems.Where(t => t.CompanyId == e.MergedCompanyId).ToListAsync(cancellationToken);
        foreach (var item in moved)
            item.MoveToCompany(e.MergedCompanyId, e.CompanyId);
        await timeline.AddOnceAsync(e, Company, e.CompanyId, e.CompanyId, e.ChangedAt, TimelineKinds.Merged, mergedName,
            new { e.MergedCompanyId, mergedCompanyName = mergedName }, e.ChangedBy, cancellationToken);
    }

    /// <summary>An owner change is its own item (it is audited), the other fields make one "updated" item.</summary>
    internal static (List<FieldChange> Fields, FieldChange? Owner) OwnerApart(IReadOnlyList<FieldChange>? changes, params string[] skip)
    {
        var all = changes ?? [];
        return (all.Where(c => c.Field != "ownerId" && !skip.Contains(c.Field)).ToList(), all.FirstOrDefault(c => c.Field == "ownerId"));
    }
}
