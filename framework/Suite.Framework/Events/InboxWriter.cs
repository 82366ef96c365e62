using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Suite.Framework.Data;

namespace Suite.Framework.Events;

internal sealed class InboxWriter<TContext>(IServiceScopeFactory scopes, TimeProvider clock, EventBusSignals signals, ModuleDatabase module)
    : IInboxWriter where TContext : SuiteDbContext
{
    public string Module => module.Module;

    public async Task<bool> WriteAsync(Guid messageId, string eventName, string payload, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        if (await db.InboxMessages.AnyAsync(m => m.Id == messageId, cancellationToken))
            return false;

        var now = clock.GetUtcNow();
        db.InboxMessages.Add(new InboxMessage
        {
            Id = messageId, EventName = eventName, Payload = payload, ReceivedAt = now, NextAttemptAt = now,
            Sequence = EventSequence.Next(clock),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e))
        {
            // Two deliveries raced past the check above; the primary key let exactly one in.
            return false;
        }

        signals.Notify(EventBusSignals.Inbox(module.Module));
        return true;
    }
}
