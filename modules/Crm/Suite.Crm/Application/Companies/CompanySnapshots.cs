using Microsoft.EntityFrameworkCore;
using Suite.Crm.Data;
using Suite.Crm.Events;
using Suite.Framework.Events;

namespace Suite.Crm.Application.Companies;

/// <summary>
/// Re-publishes every company once as <see cref="CompanyRepublishedEto"/>, so a copy added after companies existed gets
/// them too: v1 for Stock's, v2 for Finance's customers, which until then kept no owner, v3 for Docs' cards.
/// </summary>
internal sealed class CompanySnapshots : IBackfill<CrmDbContext>
{
    public string Name => "Crm.Companies.Republished.v3";

    public async Task PublishAsync(CrmDbContext db, CancellationToken cancellationToken)
    {
        var companies = db.Companies.AsNoTracking().OrderBy(c => c.Id)
            .Select(c => new CompanyRepublishedEto(c.Id, c.Name, c.TaxId, c.Kpp, c.Address, c.OwnerId, c.ModifiedAt ?? c.CreatedAt));
        await foreach (var company in companies.AsAsyncEnumerable().WithCancellation(cancellationToken))
            db.Publish(company);
    }
}
