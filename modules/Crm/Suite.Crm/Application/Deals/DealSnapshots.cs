using Microsoft.EntityFrameworkCore;
using Suite.Crm.Data;
using Suite.Crm.Events;
using Suite.Framework.Events;

namespace Suite.Crm.Application.Deals;

/// <summary>
/// Re-publishes every deal once as <see cref="DealRepublishedEto"/>, with its lines, so that copies added after deals
/// existed (Stock's, Finance's) get them too. Version 2: v1 ran before deals' events carried their lines, so a database
/// where v1 already ran publishes every deal once more, now with lines, for Finance to draft invoices from. A module
/// that needs the deals again later gets a new version (v3: Docs' cards).
/// </summary>
internal sealed class DealSnapshots : IBackfill<CrmDbContext>
{
    public string Name => "Crm.Deals.Republished.v3";

    public async Task PublishAsync(CrmDbContext db, CancellationToken cancellationToken)
    {
        // The lines are auto-included; nothing else of the deal is needed.
        var deals = db.Deals.AsNoTracking().OrderBy(d => d.Id);
        await foreach (var d in deals.AsAsyncEnumerable().WithCancellation(cancellationToken))
            db.Publish(new DealRepublishedEto(d.Id, d.Title, d.CompanyId, d.PipelineId, d.StageId, d.Status.ToString().ToLowerInvariant(),
                d.Amount, d.Currency, d.OwnerId, d.SourceId, d.ModifiedAt ?? d.CreatedAt, DealLines.Of(d)));
    }
}
