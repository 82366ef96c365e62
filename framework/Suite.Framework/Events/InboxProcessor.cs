using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Suite.Framework.Data;
using Suite.Framework.Telemetry;

namespace Suite.Framework.Events;

/// <summary>
/// Runs one module's handlers for the messages in its inbox, a batch of messages in one transaction together
/// with marking them processed (each message's work exactly once). A failing message is retried later, alone,
/// with exponential backoff and parked after the last attempt; the messages behind it go on meanwhile.
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
    /// <summary>Enough to share one commit among many messages; few enough that a batch stays a short transaction.</summary>
    private const int MaxPerTransaction = 50;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var handled = await ProcessDueAsync(stoppingToken);
                if (handled == 0)
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

    /// <summary>
    /// Handles the due messages in one transaction, each flushed (SaveChanges) before the next so that a handler sees
    /// what the ones before it did, exactly as if each had committed. When a handler fails, the transaction rolls back
    /// and the messages before it are handled again one by one; the failing one records its failure and is retried alone.
    /// </summary>
    /// <returns>How many messages were taken.</returns>
    private async Task<int> ProcessDueAsync(CancellationToken cancellationToken)
    {
        List<Guid> redo;
        var done = 0;
        (Guid Id, Exception Error)? failure = null;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // Savepoints cost two round trips per SaveChanges and, past 64 in a transaction, slow every other session's
            // snapshots. A handler that relies on one (catching a unique violation and going on) fails here, and its
            // retry runs alone with them, as every retry does.
            db.Database.AutoSavepointsEnabled = false;
            var batch = await LockDue(db).ToListAsync(cancellationToken);
            foreach (var message in batch)
            {
                if (message.Attempts > 0)
                    break;
                try
                {
                    await HandleAsync(scope.ServiceProvider, db, message, cancellationToken);
                    done++;
                }
                catch (Exception e) when (!cancellationToken.IsCancellationRequested)
                {
                    failure = (message.Id, e is TargetInvocationException { InnerException: { } inner } ? inner : e);
                    break;
                }
            }

            if (failure is null)
            {
                if (done > 0)
                    await transaction.CommitAsync(cancellationToken);
                if (done == batch.Count)
                    return done;
                redo = [batch[done].Id]; // a retry: alone, once this transaction has let go of its lock
            }
            else
            {
                await transaction.RollbackAsync(cancellationToken);
                redo = batch.Take(done).Select(m => m.Id).ToList();
            }
        }

        foreach (var id in redo)
            await ProcessAsync(id, cancellationToken);
        if (failure is not null)
            await RecordFailureAsync(failure.Value.Id, failure.Value.Error, cancellationToken);
        return done + 1;
    }

    private async Task HandleAsync(IServiceProvider services, TContext db, InboxMessage message, CancellationToken cancellationToken)
    {
        using var activity = EventTracing.StartHandling(module.Module, message);
        try
        {
            foreach (var subscription in subscriptions.For(module.Module, message.EventName))
                await InvokeAsync(services, subscription, message.Payload, cancellationToken);
        }
        catch (Exception e)
        {
            activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, (e.InnerException ?? e).Message);
            throw;
        }
        message.Attempts++;
        message.ProcessedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The due messages in handling order, locked so that another host's processor skips them.</summary>
    private IQueryable<InboxMessage> LockDue(TContext db)
    {
        var now = clock.GetUtcNow();
        var size = Math.Min(options.Value.BatchSize, MaxPerTransaction);
        if (!db.Database.IsNpgsql())
            return db.InboxMessages
                .Where(m => m.ProcessedAt == null && m.ParkedAt == null && m.NextAttemptAt <= now)
                .OrderBy(m => m.Sequence)
                .Take(size);

        var table = $"\"{module.Schema}\".\"{module.TablePrefix}InboxMessages\"";
#pragma warning disable EF1002 // the table name is the module's own constant; the time is a parameter
        return db.InboxMessages.FromSqlRaw(
            $$"""
              SELECT * FROM {{table}} WHERE "ProcessedAt" IS NULL AND "ParkedAt" IS NULL AND "NextAttemptAt" <= {0}
              ORDER BY "Sequence" LIMIT {{size}} FOR UPDATE SKIP LOCKED
              """, now);
#pragma warning restore EF1002
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

            await HandleAsync(scope.ServiceProvider, db, message, cancellationToken);
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
        EventBusMetrics.HandlerFailures.Add(1, new("module", module.Module), new("event", message.EventName));
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
