using Microsoft.EntityFrameworkCore;
using Suite.Finance.Data;
using Suite.Framework.Events;

namespace Suite.Finance.Application.Organisation;

/// <summary>
/// Publishes our requisites once more, so Docs' copy (added after they were entered) has them. The usual
/// Finance.Organisation.Updated serves as the snapshot: it always carries the whole state, and its consumers only keep copies.
/// </summary>
internal sealed class OrganisationSnapshots(OrganisationService organisation) : IBackfill<FinanceDbContext>
{
    public string Name => "Finance.Organisation.Republished.v1";

    public async Task PublishAsync(FinanceDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Organisations.AnyAsync(cancellationToken))
            await organisation.PublishAsync(cancellationToken);
    }
}
