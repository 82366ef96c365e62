using Microsoft.EntityFrameworkCore;
using Suite.Crm.Events;
using Suite.Finance.Data;
using Suite.Finance.Domain.Deals;
using Suite.Framework.Events;

namespace Suite.Finance.EventHandlers;

/// <summary>
/// Keeps Finance's deal copies (with their lines) in step with Crm's deals; events may arrive late or twice, and the
/// one-time snapshot brings the deals that existed before the copy did.
/// </summary>
internal sealed class DealCopyHandler(FinanceDbContext db) :
    IIntegrationEventHandler<DealCreatedEto>,
    IIntegrationEventHandler<DealUpdatedEto>,
    IIntegrationEventHandler<DealRepublishedEto>,
    IIntegrationEventHandler<DealWonEto>,
    IIntegrationEventHandler<DealLostEto>,
    IIntegrationEventHandler<DealDeletedEto>,
    IIntegrationEventHandler<CompanyMergedEto>
{
    public Task HandleAsync(DealCreatedEto e, CancellationToken cancellationToken) =>
        ApplyAsync(e.DealId, e.Title, e.CompanyId, e.OwnerId, e.Status, e.Lines, e.ChangedAt, cancellationToken);

    public Task HandleAsync(DealUpdatedEto e, CancellationToken cancellationToken) =>
        ApplyAsync(e.DealId, e.Title, e.CompanyId, e.OwnerId, e.Status, e.Lines, e.ChangedAt, cancellationToken);

    public Task HandleAsync(DealRepublishedEto e, CancellationToken cancellationToken) =>
        ApplyAsync(e.DealId, e.Title, e.CompanyId, e.OwnerId, e.Status, e.Lines, e.ChangedAt, cancellationToken);

    public async Task HandleAsync(DealWonEto e, CancellationToken cancellationToken) =>
        (await db.Deals.FindAsync([e.DealId], cancellationToken))?.Close(DealStatuses.Won, e.OwnerId, e.ChangedAt);

    public async Task HandleAsync(DealLostEto e, CancellationToken cancellationToken) =>
        (await db.Deals.FindAsync([e.DealId], cancellationToken))?.Close(DealStatuses.Lost, e.OwnerId, e.ChangedAt);

    public async Task HandleAsync(DealDeletedEto e, CancellationToken cancellationToken) =>
        (await db.Deals.FindAsync([e.DealId], cancellationToken))?.MarkDeleted(e.ChangedAt);

    public async Task HandleAsync(CompanyMergedEto e, CancellationToken cancellationToken)
    {
        foreach (var deal in await db.Deals.Where(d => d.CompanyId == e.MergedCompanyId).ToListAsync(cancellationToken))
            deal.MoveToCompany(e.CompanyId);
    }

    private async Task ApplyAsync(Guid id, string title, Guid companyId, Guid ownerId, string status, IReadOnlyList<DealLineEto>? lines,
        DateTimeOffset changedAt, CancellationToken cancellationToken)
    {
        var deal = await db.Deals.FindAsync([id], cancellationToken);
        if (deal is null)
        {
            deal = new Deal(id);
            db.Deals.Add(deal);
        }

        deal.Apply(title, companyId, ownerId, status,
            lines?.Select(l => new DealLine(l.Position, l.ProductId, l.Description, l.Quantity, l.UnitPrice, l.Amount)), changedAt);
    }
}
