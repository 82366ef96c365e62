using Suite.Tasks.Data;
using Suite.Tasks.Domain.Tasks;
using Suite.Tasks.Events;

namespace Suite.Tasks.Application.Tasks;

/// <summary>
/// The one way a new task enters the module, whoever sets it (a user, a rule, a recurring series): it is added with
/// its participants and <c>Tasks.Task.Created</c> goes out in the same transaction.
/// </summary>
internal static class TaskAdding
{
    public static void AddTask(this TasksDbContext db, WorkTask task, Guid? createdBy, DateTimeOffset now,
        IEnumerable<TaskParticipant>? participants = null)
    {
        db.Tasks.Add(task);
        if (participants is not null)
            db.Participants.AddRange(participants);
        db.Publish(new TaskCreatedEto(task.Id, task.Title, task.Priority.ToString().ToLowerInvariant(), task.EntityType, task.EntityId,
            task.AssigneeId, createdBy, task.DueAt, task.RuleId, task.ProjectId, now));
    }
}
