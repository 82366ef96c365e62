using Microsoft.EntityFrameworkCore;
using Suite.Framework.People;
using Suite.Framework.Users;
using Suite.Tasks.Data;

namespace Suite.Tasks.Application.Reports;

/// <summary>
/// Whose task discipline a user may look at: with <see cref="TasksPermissions.Tasks.ViewAll"/> (a director) everyone;
/// otherwise themselves and their team, the people whose supervisor they are, and those people's teams in turn, at
/// any depth (a head of sales sees the managers under their team leads).
/// </summary>
internal static class Team
{
    /// <summary>The ids of the people <paramref name="user"/> sees, or null for everyone.</summary>
    public static async Task<IReadOnlySet<Guid>?> SeenByAsync(TasksDbContext db, ICurrentUser user, CancellationToken cancellationToken)
    {
        if (user.HasPermission(TasksPermissions.Tasks.ViewAll))
            return null;
        var self = user.Id ?? Guid.Empty;
        // The people table is one row per employee: walking it in memory is cheaper than a recursive query per provider.
        var reports = (await db.People.AsNoTracking()
                .Where(p => p.SupervisorId != null)
                .Select(p => new { p.Id, SupervisorId = p.SupervisorId!.Value })
                .ToListAsync(cancellationToken))
            .ToLookup(p => p.SupervisorId, p => p.Id);
        var seen = new HashSet<Guid> { self };
        var next = new Queue<Guid>([self]);
        while (next.TryDequeue(out var supervisor))
            foreach (var member in reports[supervisor])
                if (seen.Add(member)) // a loop in the supervisor chain ends here
                    next.Enqueue(member);
        return seen;
    }
}
