using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using System.Net.Http.Json;
using Suite.Framework.Data;
using Suite.Framework.People;

namespace Suite.TestBase;

/// <summary>
/// Changes to people made the real way, through Identity's users API: Identity publishes
/// <c>Identity.User.Created|Updated|Disabled</c> through its outbox, and the bus brings them to every module's copy.
/// </summary>
public static class IdentityEvents
{
    /// <summary>Waits until every module has its copy of a user just created through the users API.</summary>
    public static Task UserCreatedAsync(SuiteHost host, Guid userId) => CopiesAsync(host, userId);

    /// <summary>Gives the user a new full name (and roles), as an admin's edit does.</summary>
    public static async Task RenameAsync(SuiteHost host, Guid userId, string userName, string fullName, IReadOnlyList<string> roles)
    {
        var admin = await host.AdminAsync();
        var response = await admin.PutAsJsonAsync($"/api/identity/users/{userId}",
            new { fullName, email = $"{userName}@test.local", roles });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Disables the user, as an admin does (the user keeps the name given).</summary>
    public static async Task DisableAsync(SuiteHost host, Guid userId, string userName, string fullName, IReadOnlyList<string> roles)
    {
        await RenameAsync(host, userId, userName, fullName, roles);
        var admin = await host.AdminAsync();
        var response = await admin.PostAsync($"/api/identity/users/{userId}/disable", null);
        response.EnsureSuccessStatusCode();
        await UntilCopiesAsync(host, userId, p => p.Id == userId && !p.IsActive, "disabled");
    }

    /// <summary>Waits until every module that keeps copies of people has this user's copy as of <paramref name="asOf"/> or later.</summary>
    public static Task CopiesAsync(SuiteHost host, Guid userId, DateTimeOffset? asOf = null)
    {
        var since = asOf ?? DateTimeOffset.MinValue;
        return UntilCopiesAsync(host, userId, p => p.Id == userId && p.ChangedAt >= since, "copied");
    }

    private static async Task UntilCopiesAsync(SuiteHost host, Guid userId, Expression<Func<PersonCopy, bool>> state, string what)
    {
        foreach (var module in host.Services.GetServices<ModuleDbContextType>())
            await Eventually.Until(async () =>
            {
                using var scope = host.Services.CreateScope();
                var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
                return db.Model.FindEntityType(typeof(PersonCopy)) is null || await db.Set<PersonCopy>().AnyAsync(state);
            }, what: $"{module.Module.Module}'s copy of user {userId} {what}");
    }
}
