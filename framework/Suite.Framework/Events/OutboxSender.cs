using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Suite.Framework.Data;

namespace Suite.Framework.Events;

/// <summary>
/// Sends one module's waiting outbox rows in order and marks them sent only after the transport confirmed
/// them. On PostgreSQL the rows are locked with SKIP LOCKED, so several host instances never send a row twice
/// concurrently; a crash between confirm and mark re-sends it, and the receiving inbox drops the duplicate.
/// </summary>
internal sealed class OutboxSender<TContext>(
    IServiceScopeFactory scopes,
    IEventTransport transport,
    EventBusSignals signals,
    IOptions<EventBusOptions> options,
    TimeProvider clock,
    ILogger<OutboxSender<TContext>> logger,
    ModuleDatabase module) : BackgroundService where TContext : DbContext, IEventBusDbContext
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var sent = await SendBatchAsync(stoppingToken);
                failures = 0;
                if (sent == options.Value.BatchSize)
                    continue;
                await signals.WaitAsync(EventBusSignals.Outbox(module.Module), options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                failures++;
                var delay = TimeSpan.FromMilliseconds(Math.Min(250 * Math.Pow(2, Math.Min(failures, 10)), MaxBackoff.TotalMilliseconds));
                logger.LogWarning("The {Module} outbox could not send ({Error}); retrying in {Delay}", module.Module, e.Message, delay);
                await Task.Delay(delay, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    internal async Task<int> SendBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        // The row locks need a transaction on PostgreSQL. SQLite's transactions take the whole file's write
        // lock, which the in-process transport needs to write the receivers' inboxes; one sender per module
        // runs in the one embedded process, so SQLite needs no lock here.
        await using var transaction = db.Database.IsNpgsql() ? await db.Database.BeginTransactionAsync(cancellationToken) : null;

        var batch = await Waiting(db).AsNoTracking().ToListAsync(cancellationToken);
        if (batch.Count == 0)
            return 0;

        await transport.SendAsync(batch, cancellationToken);

        // One statement for the batch, not one UPDATE per row.
        var now = clock.GetUtcNow();
        var ids = batch.Select(m => m.Id).ToList();
        await db.OutboxMessages.Where(m => ids.Contains(m.Id)).ExecuteUpdateAsync(m => m.SetProperty(x => x.SentAt, now), cancellationToken);
        if (transaction is not null)
            await transaction.CommitAsync(cancellationToken);
        return batch.Count;
    }

    private IQueryable<OutboxMessage> Waiting(TContext db)
    {
        var size = options.Value.BatchSize;
        if (!db.Database.IsNpgsql())
            return db.OutboxMessages.Where(m => m.SentAt == null).OrderBy(m => m.Sequence).Take(size);

        var table = $"\"{module.Schema}\".\"{module.TablePrefix}OutboxMessages\"";
#pragma warning disable EF1002 // the table name is the module's own constant, never input
        return db.OutboxMessages.FromSqlRaw(
            $"""SELECT * FROM {table} WHERE "SentAt" IS NULL ORDER BY "Sequence" LIMIT {size} FOR UPDATE SKIP LOCKED""");
#pragma warning restore EF1002
    }
}
