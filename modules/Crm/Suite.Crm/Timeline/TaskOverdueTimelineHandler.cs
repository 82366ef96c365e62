using Suite.Framework.Events;
using Suite.Tasks.Events;

namespace Suite.Crm.Timeline;

/// <summary>A task on the card passed its due time undone; the system noticed it, so the item has no author.</summary>
internal sealed class TaskOverdueTimelineHandler(TaskTimeline tasks) : IIntegrationEventHandler<TaskOverdueEto>
{
    public const string Kind = "taskOverdue";

    public Task HandleAsync(TaskOverdueEto e, CancellationToken cancellationToken) =>
        tasks.AddAsync(e, e.EntityType, e.EntityId, e.At, Kind, e.Title,
            names => new { e.TaskId, e.Title, e.AssigneeId, AssigneeName = TaskTimeline.NameOf(names, e.AssigneeId), e.DueAt },
            [e.AssigneeId], null, cancellationToken);
}
