using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;
using Serilog.AspNetCore;

namespace Suite.Host.Hosting;

/// <summary>
/// Console logs: one JSON object per line in server mode (CLEF, Serilog's compact format) for a log collector, with the trace id (<c>@tr</c>) and span id
/// (<c>@sp</c>) of the request or event handler that wrote it; readable text in the embedded mode, for a person at a terminal.
/// <c>Suite:Logging:Format</c> (<c>json</c> or <c>text</c>) overrides the mode's choice.
/// </summary>
internal static class Logs
{
    public const string FormatSetting = "Suite:Logging:Format";
    private const string TextTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    public static bool AreJson(IConfiguration configuration, RunMode mode) => configuration[FormatSetting]?.ToLowerInvariant() switch
    {
        "json" => true,
        "text" => false,
        _ => !mode.IsEmbedded,
    };

    public static LoggerConfiguration ToConsole(this LoggerConfiguration logger, bool json) => json
        ? logger.WriteTo.Console(new CompactJsonFormatter())
        : logger.WriteTo.Console(outputTemplate: TextTemplate);

    /// <summary>One line per request (method, path, status, time) for the JSON logs; scrapes and probes only at Debug.</summary>
    public static void Requests(RequestLoggingOptions options) =>
        options.GetLevel = (http, _, error) => error is not null || http.Response.StatusCode >= 500 ? LogEventLevel.Error
            : Telemetry.IsMachinery(http.Request.Path) ? LogEventLevel.Debug
            : LogEventLevel.Information;
}
