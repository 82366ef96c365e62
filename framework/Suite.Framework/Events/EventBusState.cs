using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Suite.Framework.Data;

namespace Suite.Framework.Events;

/// <summary>How far one module's outbox and inbox are behind, at one moment.</summary>
/// <param name="OutboxUnsent">Events written but not yet sent to the bus.</param>
/// <param name="OutboxOldestAge">How long the oldest unsent event has waited; zero when none waits.</param>
/// <param name="InboxPending">Events received and waiting to be handled (retries included, parked ones not).</param>
/// <param name="InboxOldestAge">How long the oldest pending event has waited since it arrived.</param>
/// <param name="Parked">Events whose retries ran out: they wait for a person to replay or discard them.</param>
public sealed record ModuleEventBusState(
    string Module, int OutboxUnsent, TimeSpan OutboxOldestAge, int InboxPending, TimeSpan InboxOldestAge, int Parked);

/// <summary>
/// Reads every module's outbox and inbox backlog: one place for the health check, the metrics and the admin page,
/// so they never disagree on what "behind" means.
/// </summary>
public sealed class EventBusState(IServiceProvider services, TimeProvider clock)
{
    public async Task<IReadOnlyList<ModuleEventBusState>> ReadAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var states = new List<ModuleEventBusState>();
        foreach (var (module, db) in Contexts(services))
        {
            var unsent = db.OutboxMessages.Where(m => m.SentAt == null);
            var pending = db.InboxMessages.Where(m => m.ProcessedAt == null && m.ParkedAt == null);
            var oldestUnsent = await unsent.OrderBy(m => m.CreatedAt).Select(m => (DateTimeOffset?)m.CreatedAt).FirstOrDefaultAsync(cancellationToken);
            var oldestPending = await pending.OrderBy(m => m.ReceivedAt).Select(m => (DateTimeOffset?)m.ReceivedAt).FirstOrDefaultAsync(cancellationToken);
            states.Add(new ModuleEventBusState(
                module,
                await unsent.CountAsync(cancellationToken),
                Age(oldestUnsent, now),
                await pending.CountAsync(cancellationToken),
                Age(oldestPending, now),
                await db.InboxMessages.CountAsync(m => m.ParkedAt != null && m.ProcessedAt == null, cancellationToken)));
        }

        return states;
    }

    /// <summary>Each module context (in a scope the caller owns) that has an outbox and an inbox.</summary>
    public static IEnumerable<(string Module, IEventBusDbContext Db)> Contexts(IServiceProvider scoped) =>
        scoped.GetServices<ModuleDbContextType>()
            .Select(m => (m.Module.Module, Db: scoped.GetRequiredService(m.ContextType) as IEventBusDbContext))
            .Where(m => m.Db is not null)
            .Select(m => (m.Module, m.Db!));

    private static TimeSpan Age(DateTimeOffset? since, DateTimeOffset now) =>
        since is null || since.Value > now ? TimeSpan.Zero : now - since.Value;
}
