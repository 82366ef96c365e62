using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Suite.Framework.Data;
using Suite.Framework.Events;
using Suite.Framework.People;
using Suite.Tasks.Data;
using Suite.Tasks.Domain.Tasks;

namespace Suite.Tasks.Application.Tasks;

/// <summary>
/// A task's audited changes, newest first, from the change log every save of a task writes (a reassignment shows as
/// assigneeId from one person to the other), with the names of who made them.
/// </summary>
internal sealed class TaskHistory(TasksDbContext db, TaskService tasks)
{
    /// <summary>Bookkeeping columns that say nothing to a reader.</summary>
    private static readonly HashSet<string> Hidden = ["searchText", "overduePublished", "seriesContinued"];

    /// <summary>Fields that hold a person's id: the history names the person instead.</summary>
    private static readonly HashSet<string> People = ["assigneeId", "completedBy"];

    public async Task<TaskHistoryDto> ListAsync(Guid taskId, CancellationToken cancellationToken)
    {
        await tasks.FindAsync(taskId, cancellationToken, tracked: false);
        var changes = await db.EntityChanges.AsNoTracking()
            .Where(c => c.EntityType == nameof(WorkTask) && c.EntityId == taskId)
            .OrderByDescending(c => c.ChangedAt).ThenByDescending(c => c.Id)
            .ToListAsync(cancellationToken);
        var fields = changes.ToDictionary(c => c.Id, c =>
            (JsonSerializer.Deserialize<List<FieldChange>>(c.Changes, EventSerializer.Options) ?? []).Where(f => !Hidden.Contains(f.Field)).ToList());
        var people = fields.Values.SelectMany(f => f).Where(f => People.Contains(f.Field))
            .SelectMany(f => new[] { f.OldValue, f.NewValue }).Select(v => Guid.TryParse(v, out var id) ? id : (Guid?)null);
        var names = await db.People.NamesAsync(changes.Select(c => c.UserId).Concat(people), cancellationToken);
        string? Named(string? value) => Guid.TryParse(value, out var id) ? names.GetValueOrDefault(id) ?? value : value;
        return new TaskHistoryDto(changes.Select(c => new TaskChangeDto(
            c.ChangedAt, c.Kind.ToString().ToLowerInvariant(), c.UserId, c.UserId is { } u ? names.GetValueOrDefault(u) : null,
            fields[c.Id].Select(f => People.Contains(f.Field) ? f with { OldValue = Named(f.OldValue), NewValue = Named(f.NewValue) } : f).ToList()))
            .ToList());
    }
}

internal sealed record TaskHistoryDto(IReadOnlyList<TaskChangeDto> Items);

/// <summary>One change: when, created/updated/deleted, by whom, and each field's old and new value.</summary>
internal sealed record TaskChangeDto(DateTimeOffset ChangedAt, string Kind, Guid? UserId, string? UserName, IReadOnlyList<FieldChange> Changes);
