using Suite.Framework.Events;
using Suite.Tasks.Events;

namespace Suite.Crm.Timeline;

/// <summary>A task set on the card, for whom and by when.</summary>
internal sealed class TaskCreatedTimelineHandler(TaskTimeline tasks) : IIntegrationEventHandler<TaskCreatedEto>
{
    public const string Kind = "taskCreated";

    public Task HandleAsync(TaskCreatedEto e, CancellationToken cancellationToken) =>
        tasks.AddAsync(e, e.EntityType, e.EntityId, e.At, Kind, e.Title,
            names => new
            {
                e.TaskId, e.Title, e.Priority, e.AssigneeId, AssigneeName = TaskTimeline.NameOf(names, e.AssigneeId), e.DueAt,
                ByRule = e.RuleId is not null,
            },
            [e.AssigneeId], e.CreatedBy, cancellationToken);
}
