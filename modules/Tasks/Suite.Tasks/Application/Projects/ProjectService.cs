using Microsoft.EntityFrameworkCore;
using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Framework.Paging;
using Suite.Framework.People;
using Suite.Framework.Users;
using Suite.Tasks.Data;
using Suite.Tasks.Domain.Projects;
using Suite.Tasks.Domain.Tasks;

namespace Suite.Tasks.Application.Projects;

/// <summary>Projects: everyone sees the ones they own or belong to (ViewAll: all); owners change theirs.</summary>
internal sealed class ProjectService(TasksDbContext db, ICurrentUser user, TimeProvider clock)
{
    private static readonly SortMap<Project> Sorting = new SortMap<Project>("name")
        .Add("name", p => p.Name)
        .Add("deadline", p => p.Deadline)
        .Add("createdAt", p => p.CreatedAt);

    public async Task<PagedResult<ProjectDto>> ListAsync(ProjectListRequest request, CancellationToken cancellationToken)
    {
        var query = db.Projects.AsNoTracking().VisibleTo(user);
        if (request.IncludeArchived != true)
            query = query.Where(p => !p.IsArchived);
        if (!string.IsNullOrWhiteSpace(request.Filter))
        {
            var term = request.Filter.Trim().ToLower();
            query = query.Where(p => p.Name.ToLower().Contains(term));
        }

        var page = await query.ToPageAsync(request, Sorting, p => p, cancellationToken);
        return new PagedResult<ProjectDto>(page.TotalCount, await DtosAsync(page.Items, cancellationToken));
    }

    public async Task<ProjectDto> GetAsync(Guid id, CancellationToken cancellationToken) =>
        (await DtosAsync([await FindAsync(id, cancellationToken)], cancellationToken))[0];

    /// <summary>A new project is never archived; <c>isArchived</c> is for updates.</summary>
    public async Task<ProjectDto> CreateAsync(ProjectInput input, CancellationToken cancellationToken)
    {
        var ownerId = input.OwnerId ?? user.Id
            ?? throw new AccessDeniedException(Text.Pick("Войдите, чтобы вести проекты.", "Sign in to manage projects."));
        var members = input.MemberIds ?? [];
        await EnsureKnownAsync(ownerId, members, cancellationToken);
        var project = new Project(input.Name!.Trim(), Clean(input.Description), ownerId, input.Deadline, members);
        db.Projects.Add(project);
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(project.Id, cancellationToken);
    }

    public async Task<ProjectDto> UpdateAsync(Guid id, ProjectInput input, CancellationToken cancellationToken)
    {
        var project = await FindAsync(id, cancellationToken);
        EnsureMayChange(project);
        db.ExpectConcurrencyStamp(project, input.ConcurrencyStamp);
        var ownerId = input.OwnerId ?? project.OwnerId;
        var members = input.MemberIds ?? [];
        // Only people newly named are checked, so a project whose member left can still be edited.
        var kept = project.Members.Select(m => m.UserId).Append(project.OwnerId).ToHashSet();
        await EnsureKnownAsync(kept.Contains(ownerId) ? null : ownerId, members.Where(m => !kept.Contains(m)).ToList(), cancellationToken);
        project.Edit(input.Name!.Trim(), Clean(input.Description), ownerId, input.Deadline, members, input.IsArchived ?? false);
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(project.Id, cancellationToken);
    }

    /// <summary>A project with tasks is not deleted (its tasks would lose their grouping): archive it instead.</summary>
    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var project = await FindAsync(id, cancellationToken);
        EnsureMayChange(project);
        if (await db.Tasks.AnyAsync(t => t.ProjectId == id, cancellationToken))
            throw new BusinessRuleException("Tasks.Project.HasTasks", Text.Pick(
                "В проекте есть задачи: перенесите их или отправьте проект в архив.",
                "The project has tasks: move them out or archive the project instead."));
        db.Projects.Remove(project);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Progress of every project on the page from one grouped query over the tasks (not one per project); cancelled
    /// tasks do not count, an open task whose due time has passed is overdue.
    /// </summary>
    private async Task<IReadOnlyList<ProjectDto>> DtosAsync(IReadOnlyList<Project> projects, CancellationToken cancellationToken)
    {
        var ids = projects.Select(p => (Guid?)p.Id).ToList();
        var now = clock.GetUtcNow();
        var progress = ids.Count == 0
            ? new Dictionary<Guid, ProjectProgressDto>()
            : await db.Tasks.AsNoTracking()
                .Where(t => ids.Contains(t.ProjectId) && t.Status != WorkTaskStatus.Cancelled)
                .GroupBy(t => t.ProjectId!.Value)
                .Select(g => new
                {
                    ProjectId = g.Key,
                    Done = g.Count(t => t.Status == WorkTaskStatus.Done),
                    Total = g.Count(),
                    Overdue = g.Count(t => (t.Status == WorkTaskStatus.Open || t.Status == WorkTaskStatus.InProgress) && t.DueAt <= now),
                })
                .ToDictionaryAsync(r => r.ProjectId, r => new ProjectProgressDto(r.Done, r.Total, r.Overdue), cancellationToken);
        var names = await db.People.NamesAsync(
            projects.SelectMany(p => p.Members.Select(m => m.UserId).Append(p.OwnerId)), cancellationToken);
        return projects.Select(p => new ProjectDto(p.Id, p.Name, p.Description, p.OwnerId, names.GetValueOrDefault(p.OwnerId),
                p.Members.Select(m => new ProjectMemberDto(m.UserId, names.GetValueOrDefault(m.UserId))).OrderBy(m => m.Name).ToList(),
                p.Deadline, p.IsArchived, progress.GetValueOrDefault(p.Id, ProjectProgressDto.None), p.CreatedAt, p.ConcurrencyStamp))
            .ToList();
    }

    private async Task<Project> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Projects.VisibleTo(user).SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
        ?? throw new EntityNotFoundException("Project", id);

    private void EnsureMayChange(Project project)
    {
        if (!user.MayChange(project))
            throw new AccessDeniedException(Text.Pick("Менять проект может его руководитель.", "Only the project's owner may change it."));
    }

    /// <summary>An owner or a member must be a person the module knows and who is active.</summary>
    private async Task EnsureKnownAsync(Guid? ownerId, IReadOnlyCollection<Guid> memberIds, CancellationToken cancellationToken)
    {
        if (ownerId is { } owner && !await db.People.IsActiveAsync(owner, cancellationToken))
            throw InputValidationException.For("ownerId", Text.Pick("Нет такого активного сотрудника.", "There is no such active user."));
        var wanted = memberIds.Distinct().ToList();
        if (wanted.Count == 0)
            return;
        var known = await db.People.CountAsync(p => wanted.Contains(p.Id) && p.IsActive, cancellationToken);
        if (known != wanted.Count)
            throw InputValidationException.For("memberIds", Text.Pick("Среди участников есть неизвестный или неактивный сотрудник.",
                "A member is not a known active user."));
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
