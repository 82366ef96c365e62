using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Suite.Framework.Data;
using Suite.Framework.Domain;
using Suite.Framework.Errors;
using Suite.Framework.Localization;
using Suite.Framework.Users;

namespace Suite.Framework.Events;

/// <summary>An event a module failed to handle until its retries ran out, with the last error.</summary>
public sealed record ParkedEventDto(
    string Module, Guid Id, string EventName, DateTimeOffset ReceivedAt, DateTimeOffset ParkedAt, int Attempts,
    string? LastError, string Payload);

/// <summary>
/// The parked events of every module and what an admin does with one: replay it (its handler runs again, and the
/// inbox's once-only handling still holds) or discard it (it stays as handled, so a late redelivery of the same
/// message is dropped). Either is written to the module's audit log with who did it.
/// </summary>
public sealed class ParkedEvents(IServiceProvider services, TimeProvider clock, ICurrentUser user, EventBusSignals signals)
{
    public const string AuditEntityType = "InboxMessage";

    public async Task<IReadOnlyList<ParkedEventDto>> ListAsync(string? module, CancellationToken cancellationToken)
    {
        var parked = new List<ParkedEventDto>();
        foreach (var (name, db) in EventBusState.Contexts(services).Where(c => module is null || c.Module == module))
        {
            var rows = await db.InboxMessages.AsNoTracking().Where(m => m.ParkedAt != null && m.ProcessedAt == null)
                .OrderBy(m => m.Sequence).Take(500).ToListAsync(cancellationToken);
            parked.AddRange(rows.Select(m => new ParkedEventDto(
                name, m.Id, m.EventName, m.ReceivedAt, m.ParkedAt!.Value, m.Attempts, m.LastError, m.Payload)));
        }

        return parked.OrderByDescending(p => p.ParkedAt).ToList();
    }

    /// <summary>Back into the queue with its retries renewed; the module's inbox processor takes it at once.</summary>
    public Task ReplayAsync(string module, Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(module, id, "replayed", (rows, now) => rows.ExecuteUpdateAsync(s => s
            .SetProperty(m => m.ParkedAt, (DateTimeOffset?)null)
            .SetProperty(m => m.Attempts, 0)
            .SetProperty(m => m.NextAttemptAt, now), cancellationToken), cancellationToken);

    /// <summary>Marked handled without running its handler; the row keeps its parked time, so it reads as discarded.</summary>
    public Task DiscardAsync(string module, Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(module, id, "discarded", (rows, now) => rows.ExecuteUpdateAsync(s => s
            .SetProperty(m => m.ProcessedAt, now), cancellationToken), cancellationToken);

    private async Task ChangeAsync(
        string module, Guid id, string outcome, Func<IQueryable<InboxMessage>, DateTimeOffset, Task<int>> change, CancellationToken cancellationToken)
    {
        var db = EventBusState.Contexts(services).Where(c => c.Module == module).Select(c => c.Db).FirstOrDefault()
            ?? throw new EntityNotFoundException(Text.Pick("Модуль", "Module"), module);
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var message = await db.InboxMessages.AsNoTracking().Where(m => m.Id == id)
            .Select(m => new { m.EventName, m.ParkedAt, m.ProcessedAt }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new EntityNotFoundException(Text.Pick("Событие", "Event"), id);
        // The condition is in the update itself: two admins (or two hosts) acting at once change the row once.
        var changed = await change(db.InboxMessages.Where(m => m.Id == id && m.ParkedAt != null && m.ProcessedAt == null), now);
        if (changed == 0)
            throw new BusinessRuleException(ErrorCodes.EventNotParked, Text.Pick(
                $"Событие {message.EventName} уже не отложено: его повторили или отбросили.",
                $"The event {message.EventName} is no longer parked: it was replayed or discarded."));

        db.EntityChanges.Add(new EntityChange
        {
            EntityType = AuditEntityType,
            EntityId = id,
            Kind = EntityChangeKind.Updated,
            ChangedAt = now,
            UserId = user.Id,
            Changes = JsonSerializer.Serialize(new[]
            {
                new FieldChange("status", "parked", outcome),
                new FieldChange("eventName", message.EventName, message.EventName),
            }, EventSerializer.Options),
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (outcome == "replayed")
            signals.Notify(EventBusSignals.Inbox(module));
    }
}
