using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Suite.Host.Notifications;

/// <summary>
/// Hands the scope's pending notifications to <see cref="NotificationDelivery"/> when their transaction commits, and
/// forgets them when it rolls back: a browser or a mailbox never hears of a notification that was not stored.
/// </summary>
internal sealed class DeliveryOnCommit(PendingDeliveries pending, NotificationDelivery delivery) : DbTransactionInterceptor
{
    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        foreach (var item in pending.TakeAll())
            delivery.Enqueue(item);
        return Task.CompletedTask;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        foreach (var item in pending.TakeAll())
            delivery.Enqueue(item);
    }

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        pending.Discard();
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => pending.Discard();
}
