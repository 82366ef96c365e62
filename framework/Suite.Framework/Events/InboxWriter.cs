using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;
using Suite.Framework.Data;

namespace Suite.Framework.Events;

internal sealed class InboxWriter<TContext>(IServiceScopeFactory scopes, TimeProvider clock, EventBusSignals signals, ModuleDatabase module)
    : IInboxWriter where TContext : SuiteDbContext
{
    public string Module => module.Module;

    public async Task<bool> WriteAsync(Guid messageId, string eventName, string payload, CancellationToken cancellationToken) =>
        await WriteAllAsync([new ReceivedEvent(messageId, eventName, payload)], cancellationToken) == 1;

    public async Task<int> WriteAllAsync(IReadOnlyList<ReceivedEvent> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 0)
            return 0;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var written = db.Database.IsNpgsql() ? await InsertNewAsync(db, messages, cancellationToken) : await AddNewAsync(db, messages, cancellationToken);
        if (written > 0)
            signals.Notify(EventBusSignals.Inbox(module.Module));
        return written;
    }

    /// <summary>
    /// PostgreSQL: the whole batch in one statement; the primary key drops the ids already there (and a second copy
    /// within the batch) race-free, so two hosts receiving the same redelivery store it once.
    /// </summary>
    private async Task<int> InsertNewAsync(TContext db, IReadOnlyList<ReceivedEvent> messages, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var table = $"\"{module.Schema}\".\"{module.TablePrefix}InboxMessages\"";
#pragma warning disable EF1002 // the table name is the module's own constant; the values are parameters
        return await db.Database.ExecuteSqlRawAsync(
            $"""
             INSERT INTO {table} ("Id", "EventName", "Payload", "ReceivedAt", "Sequence", "NextAttemptAt", "Attempts", "TraceParent")
             SELECT m.id, m.name, m.payload, @now, m.sequence, @now, 0, m.trace
             FROM unnest(@ids, @names, @payloads, @sequences, @traces) AS m(id, name, payload, sequence, trace)
             ON CONFLICT ("Id") DO NOTHING
             """,
            [
                new NpgsqlParameter("now", NpgsqlDbType.TimestampTz) { Value = now },
                new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = messages.Select(m => m.MessageId).ToArray() },
                new NpgsqlParameter("names", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = messages.Select(m => m.EventName).ToArray() },
                new NpgsqlParameter("payloads", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = messages.Select(m => m.Payload).ToArray() },
                new NpgsqlParameter("sequences", NpgsqlDbType.Array | NpgsqlDbType.Bigint)
                {
                    Value = messages.Select(_ => EventSequence.Next(clock)).ToArray(),
                },
                new NpgsqlParameter("traces", NpgsqlDbType.Array | NpgsqlDbType.Text)
                {
                    Value = messages.Select(m => m.TraceParent).ToArray(),
                },
            ],
            cancellationToken);
#pragma warning restore EF1002
    }

    /// <summary>SQLite (one embedded host, one writer at a time): checked and added through the model, one transaction.</summary>
    private async Task<int> AddNewAsync(TContext db, IReadOnlyList<ReceivedEvent> messages, CancellationToken cancellationToken)
    {
        var ids = messages.Select(m => m.MessageId).ToList();
        var known = (await db.InboxMessages.Where(m => ids.Contains(m.Id)).Select(m => m.Id).ToListAsync(cancellationToken)).ToHashSet();
        var now = clock.GetUtcNow();
        foreach (var message in messages)
            if (known.Add(message.MessageId))
                db.InboxMessages.Add(new InboxMessage
                {
                    Id = message.MessageId, EventName = message.EventName, Payload = message.Payload, ReceivedAt = now,
                    NextAttemptAt = now, Sequence = EventSequence.Next(clock), TraceParent = message.TraceParent,
                });
        try
        {
            return await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e) && messages.Count > 1)
        {
            // Another writer raced past the check above: one at a time, so each id is decided by the primary key.
            db.ChangeTracker.Clear();
            var written = 0;
            foreach (var message in messages)
                written += await AddNewAsync(db, [message], cancellationToken);
            return written;
        }
        catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e))
        {
            db.ChangeTracker.Clear();
            return 0;
        }
    }
}
