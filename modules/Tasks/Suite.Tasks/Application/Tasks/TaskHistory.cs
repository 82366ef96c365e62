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
    private static readonly HashSet<string> Hidden = ["searchText", "overduePublished"];

    public async Task<TaskHistoryDto> ListAsync(Guid taskId, CancellationToken cancellationToken)
    {
        await tasks.FindAsync(taskId, cancellationToken, tracked: false);
        var changes = await db.EntityChanges.AsNoTracking()
            .Where(c => c.EntityType == nameof(WorkTask) && c.EntityId == taskId)
            .OrderByDescending(c => c.ChangedAt).ThenByDescending(c => c.Id)
            .ToListAsync(cancellationToken);
        var names = await db.People.NamesAsync(changes.Select(c => c.UserId), cancellationToken);
        return new TaskHistoryDto(changes.Select(c => new TaskChangeDto(
            c.ChangedAt, c.Kind.ToString().ToLowerInvariant(), c.UserId, c.UserId is { } u ? names.GetValueOrDefault(u) : null,
            (JsonSerializer.Deserialize<List<FieldChange>>(c.Changes, EventSerializer.Options) ?? []).Where(f => !Hidden.Contains(f.Field)).ToList())).ToList());
    }
}

internal sealed record TaskHistoryDto(IReadOnlyList<TaskChangeDto> Items);

/// <summary>One change: when, created/updated/deleted, by whom, and each field's old and new value.</summary>
internal sealed record TaskChangeDto(DateTimeOffset ChangedAt, string Kind, Guid? UserId, string? UserName, IReadOnlyList<FieldChange> Changes);
