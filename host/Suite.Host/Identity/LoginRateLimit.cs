using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;
using Suite.Framework.Localization;

namespace Suite.Host.Identity;

/// <summary>
/// Bursts of sign-in attempts get 429 before they reach the (deliberately slow) password check; together with
/// the per-account lockout this slows down password guessing. Counted per client address and user name
/// (<c>Suite:Login:AttemptsPerMinute</c>), so someone hammering one account neither locks out colleagues who
/// share an office address nor other people's accounts, plus a ceiling per address over all user names
/// (<c>Suite:Login:AttemptsPerMinutePerAddress</c>, five times the first) against trying one password on many
/// accounts. The address is the client's, also behind a trusted reverse proxy (Hosting/ReverseProxy.cs).
/// It is checked in the endpoint because the user name is in the body, which a rate-limiter policy cannot read.
/// </summary>
internal sealed class LoginRateLimit : IDisposable
{
    private readonly PartitionedRateLimiter<(string Address, string UserName)> _limiter;

    public LoginRateLimit(IConfiguration configuration)
    {
        var perAccount = Math.Max(1, configuration.GetValue("Suite:Login:AttemptsPerMinute", 20));
        var perAddress = Math.Max(1, configuration.GetValue("Suite:Login:AttemptsPerMinutePerAddress", perAccount * 5));
        _limiter = PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<(string Address, string UserName), string>(a => PerMinute(a.Address, perAddress)),
            PartitionedRateLimiter.Create<(string Address, string UserName), string>(a => PerMinute($"{a.Address}\n{a.UserName}", perAccount)));
    }

    /// <summary>Counts one attempt; false when the client is over a limit and must wait.</summary>
    public bool TryAttempt(HttpContext http, string userName)
    {
        using var lease = _limiter.AttemptAcquire((http.Connection.RemoteIpAddress?.ToString() ?? "local", userName.Trim().ToUpperInvariant()));
        return lease.IsAcquired;
    }

    public static ProblemHttpResult TooManyAttempts(HttpContext http)
    {
        http.Response.Headers.RetryAfter = "60";
        return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests,
            title: Text.Pick("Слишком много попыток входа.", "Too many sign-in attempts."),
            detail: Text.Pick("Подождите минуту и попробуйте снова.", "Wait a minute and try again."));
    }

    public void Dispose() => _limiter.Dispose();

    private static RateLimitPartition<string> PerMinute(string key, int attempts) =>
        RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = attempts, Window = TimeSpan.FromMinutes(1), SegmentsPerWindow = 6, QueueLimit = 0,
        });
}
