using Microsoft.EntityFrameworkCore;
using Suite.Framework.People;
using Suite.Tasks.Data;

namespace Suite.Tasks.Application.Tasks;

/// <summary>The people a task can be given to: active users Tasks knows, searched by name, user name or e-mail.</summary>
internal sealed class TaskPeople(TasksDbContext db)
{
    public const int Limit = 50;

    public async Task<TaskPeopleDto> SearchAsync(string? filter, CancellationToken cancellationToken) =>
        new(await db.People.AsNoTracking().ActiveWithAnyRole([], filter?.Length > 200 ? filter[..200] : filter)
            .OrderBy(p => p.FullName).Take(Limit)
            .Select(p => new TaskPersonDto(p.Id, p.FullName, p.Position))
            .ToListAsync(cancellationToken));
}

internal sealed record TaskPeopleDto(IReadOnlyList<TaskPersonDto> Items);

internal sealed record TaskPersonDto(Guid Id, string Name, string? Position);
