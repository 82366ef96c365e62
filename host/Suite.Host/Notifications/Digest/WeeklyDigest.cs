using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Suite.Framework.Digest;
using Suite.Framework.Permissions;
using Suite.Framework.Users;
using Suite.Host.Identity;

namespace Suite.Host.Notifications.Digest;

/// <summary>
/// Puts one reader's digest together: asks every module's <see cref="IWeeklyFigures"/> whose permission the reader holds,
/// each in a scope of its own acting as the reader (<see cref="ActingUser"/>), so each module applies its own record rule
/// exactly as in the reader's requests; in the reader's language, whoever asks (the weekly look or their own "send now").
/// </summary>
internal sealed class WeeklyDigest(IServiceScopeFactory scopes, IEnumerable<WeeklyFiguresType> sources)
{
    /// <summary>Whether the reader may see at least one section: who may not, has nothing to subscribe to.</summary>
    public async Task<bool> HasFiguresForAsync(ClaimsPrincipal reader)
    {
        foreach (var type in sources)
        {
            await using var scope = scopes.CreateAsyncScope();
            if (reader.HasClaim(PermissionClaim.Type, ((IWeeklyFigures)scope.ServiceProvider.GetRequiredService(type.Type)).Permission))
                return true;
        }

        return false;
    }

    /// <summary>The reader as they would be signed in now: their roles' permissions, or null for a missing or disabled user.</summary>
    public async Task<(SuiteUser User, ClaimsPrincipal Principal)?> ReaderAsync(Guid userId)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SuiteUser>>();
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is not { IsActive: true })
            return null;
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<SuiteUser>>().CreateAsync(user);
        return (user, principal);
    }

    public async Task<DigestContent> BuildAsync(ClaimsPrincipal reader, string language, DigestWeek week, CancellationToken cancellationToken)
    {
        // Set here, the culture flows into every module's texts and is undone when this method returns.
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = DigestFormat.Culture(language);
        var sections = new List<(int Order, DigestSection Section)>();
        foreach (var type in sources)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ActingUser>().Become(reader);
            var source = (IWeeklyFigures)scope.ServiceProvider.GetRequiredService(type.Type);
            if (!reader.HasClaim(PermissionClaim.Type, source.Permission))
                continue;
            var section = await source.BuildAsync(week, cancellationToken);
            if (section.Figures.Count > 0)
                sections.Add((source.Order, section));
        }

        return new DigestContent(week, language, sections.OrderBy(s => s.Order).Select(s => s.Section).ToList());
    }
}

/// <summary>One reader's digest of a week: the sections they may see, in the letter's order, in their language.</summary>
internal sealed record DigestContent(DigestWeek Week, string Language, IReadOnlyList<DigestSection> Sections);
