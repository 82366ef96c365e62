using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Suite.Host.Identity;

/// <summary>
/// Whether a signed-in principal's session is still current: its user exists, is active, and has the security
/// stamp the token or cookie was issued with. The bearer token handler never asks (only the cookie's
/// SecurityStampValidator does), so every request is checked here against a stamp cached for at most the
/// validation interval; a change made on this host forgets the cached stamp at once.
/// </summary>
internal sealed class SessionStamps(
    IMemoryCache cache, IOptions<IdentityOptions> identity, IOptions<SecurityStampValidatorOptions> validation)
{
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, SuiteIdentityDbContext db, CancellationToken cancellationToken)
    {
        var claims = identity.Value.ClaimsIdentity;
        if (!Guid.TryParse(principal.FindFirstValue(claims.UserIdClaimType), out var userId))
            return false;
        var stamp = principal.FindFirstValue(claims.SecurityStampClaimType);
        if (stamp is null)
            return false;

        var current = await cache.GetOrCreateAsync(Key(userId), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = validation.Value.ValidationInterval;
            return await db.Users.AsNoTracking().Where(u => u.Id == userId && u.IsActive)
                .Select(u => u.SecurityStamp).SingleOrDefaultAsync(cancellationToken);
        });
        return current == stamp;
    }

    public void Forget(Guid userId) => cache.Remove(Key(userId));

    private static string Key(Guid userId) => "identity.security-stamp." + userId;
}
