using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Suite.Framework.Data;
using Suite.Framework.People;
using Suite.Identity.Events;

namespace Suite.TestBase;

/// <summary>
/// Identity's user events for the modules' copies of people, written through the real outbox, bus and inboxes.
/// STAND-IN: until Identity publishes <c>Identity.User.Created|Updated|Disabled</c> itself (issue 9, helper
/// "identity"), these write them through the first module's outbox, which the bus delivers exactly like Identity's.
/// At merge, swap <see cref="UserCreatedAsync"/>'s publishing for nothing (Identity publishes on create), and
/// <see cref="RenameAsync"/> / <see cref="DisableAsync"/> for <c>PUT /api/identity/users/{id}</c> and
/// <c>POST …/{id}/disable</c>; <see cref="CopiesAsync"/> stays.
/// </summary>
public static class IdentityEvents
{
    public static async Task UserCreatedAsync(SuiteHost host, Guid userId, string userName, IReadOnlyList<string> roles)
    {
        var at = await PublishAsync(host, clock => new UserCreatedEto(userId, userName, userName, $"{userName}@test.local", null, null,
            roles, null, true, clock));
        await CopiesAsync(host, userId, at);
    }

    /// <summary>Gives the user a new full name (and roles), as an admin's edit in Identity does.</summary>
    public static Task RenameAsync(SuiteHost host, Guid userId, string userName, string fullName, IReadOnlyList<string> roles) =>
        PublishAsync(host, at => new UserUpdatedEto(userId, userName, fullName, $"{userName}@test.local", null, null, roles, null, true, at));

    public static Task DisableAsync(SuiteHost host, Guid userId, string userName, string fullName, IReadOnlyList<string> roles) =>
        PublishAsync(host, at => new UserDisabledEto(userId, userName, fullName, $"{userName}@test.local", null, null, roles, null, false, at));

    /// <summary>Waits until every module that keeps copies of people has this user's copy as of <paramref name="asOf"/> or later.</summary>
    public static async Task CopiesAsync(SuiteHost host, Guid userId, DateTimeOffset? asOf = null)
    {
        var since = asOf ?? DateTimeOffset.MinValue;
        foreach (var module in host.Services.GetServices<ModuleDbContextType>())
            await Eventually.Until(async () =>
            {
                using var scope = host.Services.CreateScope();
                var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
                return db.Model.FindEntityType(typeof(PersonCopy)) is null
                       || await db.Set<PersonCopy>().AnyAsync(p => p.Id == userId && p.ChangedAt >= since);
            }, what: $"{module.Module.Module}'s copy of user {userId}");
    }

    private static async Task<DateTimeOffset> PublishAsync<TEvent>(SuiteHost host, Func<DateTimeOffset, TEvent> create) where TEvent : class
    {
        using var scope = host.Services.CreateScope();
        var module = host.Services.GetServices<ModuleDbContextType>().First(m => typeof(SuiteDbContext).IsAssignableFrom(m.ContextType));
        var db = (SuiteDbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
        var at = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        db.Publish(create(at));
        await db.SaveChangesAsync();
        return at;
    }
}
