using Microsoft.EntityFrameworkCore;
using Suite.Crm.Data;
using Suite.Crm.Domain.Pipelines;
using Suite.Crm.Domain.Timeline;
using Suite.Crm.Events;
using Suite.Framework.Events;

namespace Suite.Crm.Timeline;

/// <summary>
/// A deal's way on its card and on its company's card: created, fields changed, stage moves, won, lost (with the
/// reason), reopened, owner changed. See <see cref="CompanyTimelineHandler"/> for how other areas plug in.
/// </summary>
internal sealed class DealTimelineHandler(CrmDbContext db, TimelineWriter timeline) :
    IIntegrationEventHandler<DealCreatedEto>,
    IIntegrationEventHandler<DealUpdatedEto>,
    IIntegrationEventHandler<DealStageChangedEto>,
    IIntegrationEventHandler<DealWonEto>,
    IIntegrationEventHandler<DealLostEto>
{
    private const string Deal = TimelineEntityTypes.Deal;

    public async Task HandleAsync(DealCreatedEto e, CancellationToken cancellationToken)
    {
        var stage = await StageAsync(e.StageId, cancellationToken);
        await timeline.AddOnceAsync(e, Deal, e.DealId, e.CompanyId, e.ChangedAt, TimelineKinds.Created, e.Title,
            new { e.Title, e.Amount, e.Currency, stage = stage?.Name, e.OwnerId }, e.ChangedBy, cancellationToken);
    }

    public async Task HandleAsync(DealUpdatedEto e, CancellationToken cancellationToken)
    {
        // Stage, pipeline and status changes come with their own StageChanged event and item.
        var (fields, owner) = CompanyTimelineHandler.OwnerApart(e.Changes, "stage", "pipeline", "status");
        if (fields.Count > 0)
            await timeline.AddOnceAsync(e, Deal, e.DealId, e.CompanyId, e.ChangedAt, TimelineKinds.Updated, e.Title,
                new { changes = fields }, e.ChangedBy, cancellationToken);
        if (owner is not null)
            await timeline.AddOnceAsync(e, Deal, e.DealId, e.CompanyId, e.ChangedAt, TimelineKinds.OwnerChanged, e.Title,
                new { changes = new[] { owner } }, e.ChangedBy, cancellationToken);
    }

    public async Task HandleAsync(DealStageChangedEto e, CancellationToken cancellationToken)
    {
        var from = await StageAsync(e.FromStageId, cancellationToken);
        var to = await StageAsync(e.ToStageId, cancellationToken);
        // Winning and losing have their own items, with what matters there (the amount, the loss reason).
        if (to?.Kind is StageKind.Won or StageKind.Lost)
            return;
        var deal = await DealAsync(e.DealId, cancellationToken);
        var kind = from?.Kind is StageKind.Won or StageKind.Lost ? TimelineKinds.Reopened : TimelineKinds.StageChanged;
        await timeline.AddOnceAsync(e, Deal, e.DealId, deal?.CompanyId, e.ChangedAt, kind, deal?.Title,
            new
            {
                e.FromStageId, fromStage = from?.Name, e.ToStageId, toStage = to?.Name,
                changes = new[] { new FieldChange("stage", from?.Name, to?.Name) },
            },
            e.ChangedBy, cancellationToken);
    }

    public async Task HandleAsync(DealWonEto e, CancellationToken cancellationToken)
    {
        var deal = await DealAsync(e.DealId, cancellationToken);
        var stage = await StageAsync(e.StageId, cancellationToken);
        await timeline.AddOnceAsync(e, Deal, e.DealId, e.CompanyId, e.ChangedAt, TimelineKinds.Won, deal?.Title,
            new { e.Amount, e.Currency, stage = stage?.Name }, e.ChangedBy, cancellationToken);
    }

    public async Task HandleAsync(DealLostEto e, CancellationToken cancellationToken)
    {
        var deal = await DealAsync(e.DealId, cancellationToken);
        var reason = await db.LossReasons.AsNoTracking().Where(r => r.Id == e.LossReasonId).Select(r => r.Name).FirstOrDefaultAsync(cancellationToken);
        await timeline.AddOnceAsync(e, Deal, e.DealId, e.CompanyId, e.ChangedAt, TimelineKinds.Lost, deal?.Title,
            new { e.Amount, e.Currency, e.LossReasonId, reason, e.Comment }, e.ChangedBy, cancellationToken);
    }

    private Task<Stage?> StageAsync(Guid id, CancellationToken cancellationToken) =>
        db.Stages.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);

    private async Task<(string Title, Guid CompanyId)?> DealAsync(Guid id, CancellationToken cancellationToken)
    {
        var deal = await db.Deals.AsNoTracking().IgnoreAutoIncludes().Where(d => d.Id == id)
            .Select(d => new { d.Title, d.CompanyId }).SingleOrDefaultAsync(cancellationToken);
        return deal is null ? null : (deal.Title, deal.CompanyId);
    }
}
