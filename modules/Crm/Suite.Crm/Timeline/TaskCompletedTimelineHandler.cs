using Suite.Framework.Events;
using Suite.Tasks.Events;

namespace Suite.Crm.Timeline;

/// <summary>A task on the card done, by whom, with its result and whether in time.</summary>
internal sealed class TaskCompletedTimelineHandler(TaskTimeline tasks) : IIntegrationEventHandler<TaskCompletedEto>
{
    public const string Kind = "taskCompleted";

    public Task HandleAsync(TaskCompletedEto e, CancellationToken cancellationToken) =>
        tasks.AddAsync(e, e.EntityType, e.EntityId, e.At, Kind, e.Title,
            names => new
            {
                e.TaskId, e.Title, e.AssigneeId, AssigneeName = TaskTimeline.NameOf(names, e.AssigneeId), e.CompletedBy,
                CompletedByName = TaskTimeline.NameOf(names, e.CompletedBy), e.Result, e.DueAt, e.OnTime,
            },
            [e.AssigneeId, e.CompletedBy], e.CompletedBy, cancellationToken);
}
