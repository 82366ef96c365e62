using Suite.Framework.Events;
using Suite.Tasks.Events;

namespace Suite.Crm.Timeline;

/// <summary>A task on the card passed from one person to another.</summary>
internal sealed class TaskReassignedTimelineHandler(TaskTimeline tasks) : IIntegrationEventHandler<TaskReassignedEto>
{
    public const string Kind = "taskReassigned";

    public Task HandleAsync(TaskReassignedEto e, CancellationToken cancellationToken) =>
        tasks.AddAsync(e, e.EntityType, e.EntityId, e.At, Kind, e.Title,
            names => new
            {
                e.TaskId, e.Title, e.FromAssigneeId, FromAssigneeName = TaskTimeline.NameOf(names, e.FromAssigneeId), e.ToAssigneeId,
                ToAssigneeName = TaskTimeline.NameOf(names, e.ToAssigneeId), e.DueAt,
            },
            [e.FromAssigneeId, e.ToAssigneeId], e.ChangedBy, cancellationToken);
}
