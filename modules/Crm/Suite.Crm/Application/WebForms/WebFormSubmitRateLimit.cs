using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Suite.Framework.Localization;

namespace Suite.Crm.Application.WebForms;

/// <summary>
/// Submissions per visitor address and minute (<c>Crm:WebForms:SubmitsPerMinute</c>, 10 by default): enough for
/// people, too few for a script filling the leads list with rubbish. Over the limit the answer is 429.
/// </summary>
internal sealed class WebFormSubmitRateLimit(IConfiguration configuration) : IRateLimiterPolicy<string>
{
    public const string Policy = "crm-web-form-submit";

    private readonly int _permits = Math.Max(1, configuration.GetValue("Crm:WebForms:SubmitsPerMinute", 10));

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        RateLimitPartition.GetFixedWindowLimiter(
            httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = _permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = async (context, _) =>
    {
        var http = context.HttpContext;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = "60";
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = Text.Pick("Слишком много заявок с вашего адреса.", "Too many requests from your address."),
                Detail = Text.Pick("Подождите минуту и отправьте снова.", "Wait a minute and send it again."),
            },
        });
    };
}
