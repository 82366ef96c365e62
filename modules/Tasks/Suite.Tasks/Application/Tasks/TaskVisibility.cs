using Suite.Framework.Users;
using Suite.Tasks.Data;
using Suite.Tasks.Domain.Tasks;

namespace Suite.Tasks.Application.Tasks;

/// <summary>
/// The record rule of tasks, written once: with <see cref="TasksPermissions.Tasks.ViewAll"/> every task; otherwise the
/// tasks assigned to the user, set by them, those they work on or watch, and those on the cards they own. Every task
/// endpoint starts here, so someone else's task is "not found".
/// </summary>
internal static class TaskVisibility
{
    public static IQueryable<WorkTask> VisibleTo(this IQueryable<WorkTask> tasks, ICurrentUser user, TasksDbContext db)
    {
        if (user.HasPermission(TasksPermissions.Tasks.ViewAll))
            return tasks;
        var me = user.Id ?? Guid.Empty;
        return tasks.Where(t => t.AssigneeId == me
                                || t.CreatedBy == me
                                || db.Participants.Any(p => p.TaskId == t.Id && p.UserId == me)
                                || (t.EntityId != null && db.Cards.Any(c => c.Id == t.EntityId && c.OwnerId == me)));
    }

    /// <summary>Only the one who set the task (or someone who sees every task) may delete it; the others may close or cancel it.</summary>
    public static bool MayDelete(this ICurrentUser user, WorkTask task) =>
        user.HasPermission(TasksPermissions.Tasks.ViewAll) || (task.CreatedBy is { } by && by == user.Id);
}
