using System.Security.Claims;

namespace Suite.Host.Identity;

internal static class SessionCheck
{
    /// <summary>Treats a request whose session ended (logout, password, roles, disabled) as anonymous: 401 where sign-in is needed.</summary>
    public static IApplicationBuilder UseSessionCheck(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (http.User.Identity?.IsAuthenticated == true)
        {
            var services = http.RequestServices;
            var current = await services.GetRequiredService<SessionStamps>()
                .IsCurrentAsync(http.User, services.GetRequiredService<SuiteIdentityDbContext>(), http.RequestAborted);
            if (!current)
                http.User = new ClaimsPrincipal(new ClaimsIdentity());
        }

        await next();
    });
}
