using Microsoft.EntityFrameworkCore;
using Suite.Framework.People;
using Suite.Tasks.Data;
using Suite.Tasks.Domain.Tasks;

namespace Suite.Tasks.Application.Tasks;

/// <summary>Turns tasks into what the API shows, with a fixed number of queries for any number of tasks.</summary>
internal sealed class TaskViews(TasksDbContext db, TimeProvider clock)
{
    public async Task<TaskDto> ViewAsync(WorkTask task, CancellationToken cancellationToken) =>
        (await ViewAsync([task], cancellationToken))[0];

    public async Task<IReadOnlyList<TaskDto>> ViewAsync(IReadOnlyList<WorkTask> tasks, CancellationToken cancellationToken)
    {
        if (tasks.Count == 0)
            return [];
        var ids = tasks.Select(t => t.Id).ToList();
        var participants = await db.Participants.AsNoTracking().Where(p => ids.Contains(p.TaskId)).ToListAsync(cancellationToken);
        var names = await db.People.NamesAsync(
            tasks.SelectMany(t => new[] { t.AssigneeId, t.CreatedBy }).Concat(participants.Select(p => (Guid?)p.UserId)), cancellationToken);
        var cardIds = tasks.Where(t => t.EntityId is not null).Select(t => t.EntityId!.Value).Distinct().ToList();
        var cards = cardIds.Count == 0
            ? new Dictionary<Guid, string>()
            : await db.Cards.AsNoTracking().Where(c => cardIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Title, cancellationToken);
        var projectIds = tasks.Where(t => t.ProjectId is not null).Select(t => t.ProjectId!.Value).Distinct().ToList();
        var projects = projectIds.Count == 0
            ? new Dictionary<Guid, string>()
            : await db.Projects.AsNoTracking().Where(p => projectIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var byTask = participants.ToLookup(p => p.TaskId);
        var now = clock.GetUtcNow();

        IReadOnlyList<PersonDto> People(Guid taskId, ParticipantRole role) => byTask[taskId].Where(p => p.Role == role)
            .Select(p => new PersonDto(p.UserId, names.GetValueOrDefault(p.UserId))).OrderBy(p => p.Name).ToList();

        return tasks.Select(t => new TaskDto(
            t.Id, t.Title, t.Description, TaskDto.StatusName(t.Status), TaskDto.PriorityName(t.Priority),
            t.AssigneeId, names.GetValueOrDefault(t.AssigneeId), t.CreatedBy, t.CreatedBy is { } by ? names.GetValueOrDefault(by) : null,
            People(t.Id, ParticipantRole.Coworker), People(t.Id, ParticipantRole.Observer),
            t.DueAt, t.OriginalDueAt, t.IsOverdueAt(now), t.EntityType, t.EntityId,
            t.EntityId is { } card ? cards.GetValueOrDefault(card) : null, t.ProjectId,
            t.ProjectId is { } project ? projects.GetValueOrDefault(project) : null,
            t.Checklist, t.Recurrence, t.Result, t.CompletedAt, t.CreatedAt, t.RuleId, t.ConcurrencyStamp)).ToList();
    }
}
