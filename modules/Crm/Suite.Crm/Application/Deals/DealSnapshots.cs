using Microsoft.EntityFrameworkCore;
using Suite.Crm.Data;
using Suite.Crm.Events;
using Suite.Framework.Events;

namespace Suite.Crm.Application.Deals;

/// <summary>
/// Re-publishes every deal once as <see cref="DealRepublishedEto"/>, so Stock's deal copy (added after deals existed) gets
/// them too. A module that needs the deals again later gets a new backfill with a new name.
/// </summary>
internal sealed class DealSnapshots : IBackfill<CrmDbContext>
{
    public string Name => "Crm.Deals.Republished.v1";

    public async Task PublishAsync(CrmDbContext db, CancellationToken cancellationToken)
    {
        var deals = db.Deals.AsNoTracking().IgnoreAutoIncludes().OrderBy(d => d.Id)
            .Select(d => new DealRepublishedEto(d.Id, d.Title, d.CompanyId, d.PipelineId, d.StageId, d.Status.ToString().ToLower(),
                d.Amount, d.Currency, d.OwnerId, d.SourceId, d.ModifiedAt ?? d.CreatedAt));
        await foreach (var deal in deals.AsAsyncEnumerable().WithCancellation(cancellationToken))
            db.Publish(deal);
    }
}
