using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Suite.BusBench;

/// <summary>"Handler done" is the commit of the inbox transaction that ran it: stamped here, forgotten on rollback.</summary>
internal sealed class HandledOnCommit(Arrivals arrivals) : DbTransactionInterceptor
{
    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Committed(eventData);
        return Task.CompletedTask;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(eventData);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        (eventData.Context as ReceiverDbContext)?.Handled.Clear();
        return Task.CompletedTask;
    }

    private void Committed(TransactionEndEventData eventData)
    {
        if (eventData.Context is not ReceiverDbContext db)
            return;
        arrivals.Done(db.Handled);
        db.Handled.Clear();
    }
}
