using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Suite.Framework.Localization;

namespace Suite.Host.Identity;

/// <summary>
/// Bursts of sign-in attempts from one address get 429 before they reach the password check; together with
/// the per-account lockout this slows down password guessing.
/// </summary>
internal static class LoginRateLimit
{
    public const string Policy = "login";

    public static void AddLoginRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var attempts = configuration.GetValue("Suite:Login:AttemptsPerMinute", 20);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails =
                    {
                        Status = 429,
                        Title = Text.Pick("Слишком много попыток входа.", "Too many sign-in attempts."),
                        Detail = Text.Pick("Подождите минуту и попробуйте снова.", "Wait a minute and try again."),
                    },
                });
            };
            o.AddPolicy(Policy, http => RateLimitPartition.GetSlidingWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new SlidingWindowRateLimiterOptions
                {
                    PermitLimit = attempts, Window = TimeSpan.FromMinutes(1), SegmentsPerWindow = 6, QueueLimit = 0,
                }));
        });
    }
}
