using Suite.Crm.Events;
using Suite.Framework.Events;
using Suite.Stock.Data;
using Suite.Stock.Domain.Companies;

namespace Suite.Stock.EventHandlers;

/// <summary>
/// Keeps Stock's company copies in step with Crm's companies; events may arrive late or twice, and the one-time snapshot
/// brings the companies that existed before the copy did.
/// </summary>
internal sealed class CompanyCopyHandler(StockDbContext db) :
    IIntegrationEventHandler<CompanyCreatedEto>,
    IIntegrationEventHandler<CompanyUpdatedEto>,
    IIntegrationEventHandler<CompanyRepublishedEto>,
    IIntegrationEventHandler<CompanyDeletedEto>
{
    public Task HandleAsync(CompanyCreatedEto e, CancellationToken cancellationToken) =>
        ApplyAsync(e.CompanyId, e.Name, e.TaxId, e.OwnerId, e.ChangedAt, cancellationToken);

    public Task HandleAsync(CompanyUpdatedEto e, CancellationToken cancellationToken) =>
        ApplyAsync(e.CompanyId, e.Name, e.TaxId, e.OwnerId, e.ChangedAt, cancellationToken);

    public Task HandleAsync(CompanyRepublishedEto e, CancellationToken cancellationToken) =>
        ApplyAsync(e.CompanyId, e.Name, e.TaxId, e.OwnerId, e.ChangedAt, cancellationToken);

    public async Task HandleAsync(CompanyDeletedEto e, CancellationToken cancellationToken) =>
        (await db.Companies.FindAsync([e.CompanyId], cancellationToken))?.MarkDeleted(e.ChangedAt);

    private async Task ApplyAsync(Guid id, string name, string? taxId, Guid ownerId, DateTimeOffset changedAt, CancellationToken cancellationToken)
    {
        var company = await db.Companies.FindAsync([id], cancellationToken);
        if (company is null)
        {
            company = new Company(id);
            db.Companies.Add(company);
        }

        company.Apply(name, taxId, ownerId, changedAt);
    }
}
