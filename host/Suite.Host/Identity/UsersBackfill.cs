using Microsoft.EntityFrameworkCore;
using Suite.Framework.Events;

namespace Suite.Host.Identity;

/// <summary>
/// Every user that existed before identity published its events goes out once as Identity.User.Updated, so the
/// modules' copies of people start complete. Updated rather than a snapshot event of its own: what copies do with
/// it is the same (keep the newest ChangedAt), and nothing consumes a user's update as a fresh change.
/// </summary>
internal sealed class UsersBackfill : IBackfill<SuiteIdentityDbContext>
{
    public string Name => "Identity.Users";

    public async Task PublishAsync(SuiteIdentityDbContext db, CancellationToken cancellationToken)
    {
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Id).ToListAsync(cancellationToken);
        var roles = (await (from ur in db.UserRoles
                            join r in db.Roles on ur.RoleId equals r.Id
                            select new { ur.UserId, r.Name }).ToListAsync(cancellationToken))
            .ToLookup(p => p.UserId, p => p.Name!);
        var now = db.Clock.GetUtcNow();
        foreach (var user in users)
            db.Publish(UserEvents.Updated(user, roles[user.Id], now));
    }
}
