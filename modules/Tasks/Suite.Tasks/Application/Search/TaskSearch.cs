using Microsoft.EntityFrameworkCore;
using Suite.Framework.Search;
using Suite.Framework.Time;
using Suite.Framework.Users;
using Suite.Tasks.Application.Tasks;
using Suite.Tasks.Data;
using Suite.Tasks.Domain.Tasks;

namespace Suite.Tasks.Application.Search;

/// <summary>Tasks by title, among those the user may see (<see cref="TaskVisibility"/>); open ones first, the assignee and due day beside.</summary>
internal sealed class TaskSearch(TasksDbContext db, ICurrentUser user, BusinessClock clock) : ISearchSource
{
    public string Kind => "task";
    public string Permission => TasksPermissions.Tasks.Default;

    public async Task<IReadOnlyList<SearchHit>> FindAsync(SearchTerm term, int take, CancellationToken cancellationToken) =>
        (await db.Tasks.AsNoTracking().VisibleTo(user, db).BestFirst(t => t.SearchText, term)
            .ThenBy(t => t.Status == WorkTaskStatus.Open || t.Status == WorkTaskStatus.InProgress ? 0 : 1)
            .ThenByDescending(t => t.CreatedAt).Take(take)
            .Select(t => new { t.Id, t.Title, t.DueAt, Assignee = db.People.Where(p => p.Id == t.AssigneeId).Select(p => p.FullName).FirstOrDefault() })
            .ToListAsync(cancellationToken))
        .Select(t => new SearchHit(Kind, t.Id, t.Title, Subtitle(t.Assignee, t.DueAt), $"/tasks/{t.Id}"))
        .ToList();

    private string? Subtitle(string? assignee, DateTimeOffset? dueAt)
    {
        var due = dueAt is { } at ? clock.DayOf(at).ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture) : null;
        return assignee is null ? due : due is null ? assignee : $"{assignee} · {due}";
    }
}
