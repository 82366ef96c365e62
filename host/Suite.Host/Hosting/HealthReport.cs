using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Suite.Host.Hosting;

/// <summary>The readiness answer: overall status and each check's status and description, as JSON.</summary>
internal static class HealthReport
{
    public static Task WriteAsync(HttpContext http, Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport report)
    {
        http.Response.ContentType = "application/json";
        return http.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                data = e.Value.Data,
            }),
        }, JsonSerializerOptions.Web));
    }
}
