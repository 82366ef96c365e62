using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Suite.Framework.Data;

namespace Suite.Framework.Events;

/// <summary>
/// Wakes a module's outbox sender when the transaction that wrote its outbox rows commits, not when SaveChanges
/// returns: inside a write path's own transaction the rows are invisible to the sender until then, and a wake-up
/// before the commit found nothing and left the event to the next poll. Stateless: the context remembers what it wrote.
/// </summary>
internal sealed class OutboxCommitSignal : DbTransactionInterceptor
{
    public static readonly OutboxCommitSignal Instance = new();

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        (eventData.Context as SuiteDbContext)?.OutboxCommitted();

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        (eventData.Context as SuiteDbContext)?.OutboxCommitted();
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        (eventData.Context as SuiteDbContext)?.OutboxRolledBack();

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        (eventData.Context as SuiteDbContext)?.OutboxRolledBack();
        return Task.CompletedTask;
    }
}
