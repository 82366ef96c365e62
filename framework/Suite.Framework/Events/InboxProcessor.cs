using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Suite.Framework.Data;

namespace Suite.Framework.Events;

/// <summary>
/// Runs one module's handlers for the messages in its inbox, each message in its own transaction together
/// with marking it processed. A failing message is retried later with exponential backoff and parked after
/// the last attempt; the messages behind it go on meanwhile.
/// </summary>
internal sealed class InboxProcessor<TContext>(
    IServiceScopeFactory scopes,
    EventSubscriptions subscriptions,
    EventBusSignals signals,
    IOptions<EventBusOptions> options,
    TimeProvider clock,
    ILogger<InboxProcessor<TContext>> logger,
    ModuleDatabase module) : BackgroundService where TContext : SuiteDbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var handled = await ProcessDueAsync(stoppingToken);
                if (handled < options.Value.BatchSize)
                    await signals.WaitAsync(EventBusSignals.Inbox(module.Module), options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning("The {Module} inbox could not be read ({Error})", module.Module, e.Message);
                await Task.Delay(options.Value.PollInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task<int> ProcessDueAsync(CancellationToken cancellationToken)
    {
        List<Guid> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TContext>();
            var now = clock.GetUtcNow();
            due = await db.InboxMessages
                .Where(m => m.ProcessedAt == null && m.ParkedAt == null && m.NextAttemptAt <= now)
                .OrderBy(m => m.Sequence)
                .Select(m => m.Id)
                .Take(options.Value.BatchSize)
                .ToListAsync(cancellationToken);
        }

        foreach (var id in due)
            await ProcessAsync(id, cancellationToken);
        return due.Count;
    }

    private async Task ProcessAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

            var message = await Lock(db, id).SingleOrDefaultAsync(cancellationToken);
            if (message is null)
                return; // another instance has it, or it is already done

            foreach (var subscription in subscriptions.For(module.Module, message.EventName))
                await InvokeAsync(scope.ServiceProvider, subscription, message.Payload, cancellationToken);

            message.Attempts++;
            message.ProcessedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            await RecordFailureAsync(id, e is TargetInvocationException { InnerException: { } inner } ? inner : e, cancellationToken);
        }
    }

    private IQueryable<InboxMessage> Lock(TContext db, Guid id)
    {
        if (!db.Database.IsNpgsql())
            return db.InboxMessages.Where(m => m.Id == id && m.ProcessedAt == null && m.ParkedAt == null);

        var table = $"\"{module.Schema}\".\"{module.TablePrefix}InboxMessages\"";
#pragma warning disable EF1002 // the table name is the module's own constant; the id is a parameter
        return db.InboxMessages.FromSqlRaw(
            $$"""SELECT * FROM {{table}} WHERE "Id" = {0} AND "ProcessedAt" IS NULL AND "ParkedAt" IS NULL FOR UPDATE SKIP LOCKED""", id);
#pragma warning restore EF1002
    }

    private static Task InvokeAsync(IServiceProvider services, EventSubscription subscription, string payload, CancellationToken cancellationToken)
    {
        var integrationEvent = EventSerializer.Deserialize(payload, subscription.EventType);
        var handler = services.GetRequiredService(subscription.HandlerType);
        var handle = typeof(IIntegrationEventHandler<>).MakeGenericType(subscription.EventType)
            .GetMethod(nameof(IIntegrationEventHandler<object>.HandleAsync))!;
        return (Task)handle.Invoke(handler, [integrationEvent, cancellationToken])!;
    }

    private async Task RecordFailureAsync(Guid id, Exception error, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var message = await db.InboxMessages.SingleAsync(m => m.Id == id, cancellationToken);
        var now = clock.GetUtcNow();

        message.Attempts++;
        message.LastError = error.ToString()[..Math.Min(error.ToString().Length, 4000)];
        if (message.Attempts >= options.Value.MaxAttempts)
        {
            message.ParkedAt = now;
            logger.LogError(error, "{Module} parked message {MessageId} ({EventName}) after {Attempts} attempts",
                module.Module, id, message.EventName, message.Attempts);
        }
        else
        {
            message.NextAttemptAt = now + options.Value.RetryDelay(message.Attempts);
            logger.LogWarning("{Module} failed to handle message {MessageId} ({EventName}), attempt {Attempts}: {Error}",
                module.Module, id, message.EventName, message.Attempts, error.Message);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
