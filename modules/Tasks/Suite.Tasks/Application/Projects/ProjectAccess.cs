using Microsoft.EntityFrameworkCore;
using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Framework.Users;
using Suite.Tasks.Data;
using Suite.Tasks.Domain.Projects;

namespace Suite.Tasks.Application.Projects;

/// <summary>
/// Who sees a project: with <see cref="TasksPermissions.Tasks.ViewAll"/> everyone, otherwise its owner and its
/// members. Written once here for the project pages and for the task validation that puts a task into a project.
/// </summary>
internal static class ProjectAccess
{
    public static IQueryable<Project> VisibleTo(this IQueryable<Project> projects, ICurrentUser user)
    {
        if (user.HasPermission(TasksPermissions.Tasks.ViewAll))
            return projects;
        var userId = user.Id ?? Guid.Empty;
        return projects.Where(p => p.OwnerId == userId || p.Members.Any(m => m.UserId == userId));
    }

    /// <summary>Whether the user may change the project (and its members): its owner, or someone who sees every project.</summary>
    public static bool MayChange(this ICurrentUser user, Project project) =>
        user.HasPermission(TasksPermissions.Tasks.ViewAll) || project.OwnerId == user.Id;

    /// <summary>
    /// Refuses to put a task into <paramref name="projectId"/> unless the user sees that project (a project they do not
    /// see reads as one that does not exist: 400 on projectId) and it is not archived (409 Tasks.Project.Archived).
    /// Call it when a task is created or moved into a project; a task that stays in its project is not checked again.
    /// </summary>
    public static async Task EnsureCanUseAsync(TasksDbContext db, ICurrentUser user, Guid projectId, CancellationToken cancellationToken)
    {
        var project = await db.Projects.AsNoTracking().IgnoreAutoIncludes().VisibleTo(user)
                          .Where(p => p.Id == projectId)
                          .Select(p => new { p.IsArchived })
                          .SingleOrDefaultAsync(cancellationToken)
                      ?? throw InputValidationException.For("projectId", Text.Pick("Такого проекта нет.", "There is no such project."));
        if (project.IsArchived)
            throw new BusinessRuleException("Tasks.Project.Archived", Text.Pick(
                "Проект в архиве: новые задачи в него не добавляются.", "The project is archived: it takes no new tasks."));
    }
}
