using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Suite.Crm.Data;
using Suite.Crm.Domain.Deals;
using Suite.Framework.People;
using Suite.Framework.Users;

namespace Suite.Crm.Application.Reports;

/// <summary>A manager's open deals and how many of them have no planned next step, or one that is overdue.</summary>
internal sealed record NextStepRowDto(Guid OwnerId, string? OwnerName, long OpenDeals, long WithoutNextStep, long OverdueNextStep);

/// <summary>The open deals of today, narrowed to a pipeline, owner or source; no period: a next step is now or never.</summary>
internal sealed class NextStepFilter
{
    [FromQuery(Name = "pipelineId")] public Guid? PipelineId { get; set; }
    [FromQuery(Name = "ownerId")] public Guid? OwnerId { get; set; }
    [FromQuery(Name = "sourceId")] public Guid? SourceId { get; set; }
}

internal sealed record NextStepReportDto(IReadOnlyList<NextStepRowDto> Items, long OpenDeals, long WithoutNextStep, long OverdueNextStep);

/// <summary>
/// "Every open deal always has its next planned task" (PRODUCT.md), checked per manager over the open deals the user may
/// see: the deal's next step is the open task Tasks last reported for it (<see cref="DealNextTask"/>), overdue when its
/// due time has passed. The managers with the most deals left without a step come first.
/// </summary>
internal sealed class NextStepReport(CrmDbContext db, ICurrentUser user, TimeProvider clock)
{
    public async Task<NextStepReportDto> GetAsync(NextStepFilter filter, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var deals = db.Deals.VisibleTo(user).AsNoTracking().IgnoreAutoIncludes().Where(d => d.Status == DealStatus.Open);
        if (filter.PipelineId is { } pipelineId)
            deals = deals.Where(d => d.PipelineId == pipelineId);
        if (filter.OwnerId is { } ownerId)
            deals = deals.Where(d => d.OwnerId == ownerId);
        if (filter.SourceId is { } sourceId)
            deals = deals.Where(d => d.SourceId == sourceId);

        var rows = await (
                from d in deals
                join n in db.DealNextTasks.Where(n => n.TaskId != null) on d.Id equals n.Id into next
                from n in next.DefaultIfEmpty()
                select new { d.OwnerId, Missing = n == null ? 1 : 0, Overdue = n != null && n.DueAt < now ? 1 : 0 })
            .GroupBy(x => x.OwnerId)
            .Select(g => new NextStepRowDto(g.Key, null, g.LongCount(), g.Sum(x => (long)x.Missing), g.Sum(x => (long)x.Overdue)))
            .ToListAsync(cancellationToken);
        var items = rows.OrderByDescending(r => r.WithoutNextStep).ThenByDescending(r => r.OverdueNextStep).ThenBy(r => r.OwnerId).ToList();
        var named = await db.People.WithNamesAsync(items, r => r.OwnerId, (r, name) => r with { OwnerName = name }, cancellationToken);
        return new NextStepReportDto(named, items.Sum(r => r.OpenDeals), items.Sum(r => r.WithoutNextStep), items.Sum(r => r.OverdueNextStep));
    }
}
