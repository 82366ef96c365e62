using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Suite.Framework.Localization;

namespace Suite.Host.Identity;

/// <summary>
/// The browser signs in with a cookie, so a request it sends with that cookie must also carry the token a
/// script on our own origin read from the XSRF-TOKEN cookie (Angular's convention). Requests that a valid
/// bearer token authenticates and anonymous endpoints are not affected.
/// </summary>
internal static class Antiforgery
{
    public const string HeaderName = "X-XSRF-TOKEN";
    public const string TokenCookie = "XSRF-TOKEN";

    /// <summary>Gives the signed-in browser a request token for the user it is now.</summary>
    public static void IssueToken(HttpContext http)
    {
        var tokens = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        http.Response.Cookies.Append(TokenCookie, tokens.RequestToken!, new CookieOptions
        {
            HttpOnly = false, SameSite = SameSiteMode.Strict, Secure = http.Request.IsHttps, Path = "/",
        });
    }

    public static IApplicationBuilder UseCookieAntiforgery(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (RequiresToken(http) && !await IsBearerAuthenticatedAsync(http)
            && !await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http))
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails =
                {
                    Status = 400,
                    Title = Text.Pick("Нет или неверен токен защиты от подделки запросов.", "The antiforgery token is missing or invalid."),
                    Detail = Text.Pick($"Передайте значение cookie {TokenCookie} в заголовке {HeaderName}.",
                        $"Send the value of the {TokenCookie} cookie in the {HeaderName} header."),
                },
            });
            return;
        }

        await next();
    });

    /// <summary>Anonymous, acts for nobody: a signed-in browser trying its own company's form needs no token.</summary>
    private static bool IsWebFormSubmission(PathString path) =>
        path.StartsWithSegments("/api/crm/web-forms") && path.Value!.EndsWith("/submit", StringComparison.Ordinal);

    private static bool RequiresToken(HttpContext http) =>
        !HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method) && !HttpMethods.IsOptions(http.Request.Method)
        && http.Request.Path.StartsWithSegments("/api")
        && !http.Request.Path.StartsWithSegments("/api/account/login")
        && !IsWebFormSubmission(http.Request.Path)
        && http.Request.Cookies.ContainsKey(IdentityModule.AuthCookie);

    /// <summary>
    /// A page on another site can make the browser send our cookie, but it cannot obtain a token: only a bearer
    /// token that is valid spares the check. Any other Authorization header (Basic, a made-up Bearer) would
    /// otherwise let a forged request ride on the cookie, which the sign-in handler falls back to.
    /// </summary>
    private static async Task<bool> IsBearerAuthenticatedAsync(HttpContext http) =>
        (await http.AuthenticateAsync(IdentityConstants.BearerScheme)).Succeeded;
}
