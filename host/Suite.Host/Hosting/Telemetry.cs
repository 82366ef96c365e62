using System.Net;
using System.Reflection;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Suite.Framework.Hosting;
using Suite.Framework.Telemetry;
using IPNetwork = System.Net.IPNetwork;

namespace Suite.Host.Hosting;

/// <summary>
/// OpenTelemetry metrics and traces (docs/operations-metrics.md). Metrics are served at <c>/metrics</c> in Prometheus's text
/// format to this machine only, or to the networks named in <c>Suite:Metrics:AllowedNetworks</c>: the figures tell an
/// outsider how busy the company is and which endpoints exist, so the open internet never reads them by default, and behind
/// the proxy the forwarded client address is the one checked. Traces are kept in process (they put the trace id on every log
/// line and cross the event bus) and exported only when an OTLP endpoint is configured (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c>).
/// </summary>
internal static class Telemetry
{
    public const string AllowedNetworksSetting = "Suite:Metrics:AllowedNetworks";
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string MetricsPath = "/metrics";

    public static IServiceCollection AddSuiteTelemetry(this IServiceCollection services, IConfiguration configuration, RunMode mode)
    {
        services.AddSingleton<EventBusMetrics>();
        var version = typeof(Telemetry).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("suite", serviceVersion: version))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation() // http.server.request.duration by route template, method and status
                    .AddRuntimeInstrumentation()
                    .AddMeter(ModuleMeter.Wildcard) // the event bus and every module's business counters
                    .AddMeter("Microsoft.EntityFrameworkCore") // queries and saves in both modes (no durations)
                    .AddPrometheusExporter();
                if (!mode.IsEmbedded)
                    metrics.AddNpgsqlInstrumentation(); // command durations and the connection pool
            })
            .WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation(o => o.Filter = http => !IsMachinery(http.Request.Path))
                    .AddSource(ModuleMeter.Wildcard);
                if (!mode.IsEmbedded)
                    tracing.AddNpgsql();
                if (!string.IsNullOrWhiteSpace(configuration[OtlpEndpointSetting]))
                    tracing.AddOtlpExporter();
            });
        return services;
    }

    /// <summary>Scrapes and probes: frequent, uninteresting, kept out of traces and request logs.</summary>
    public static bool IsMachinery(PathString path) =>
        path.StartsWithSegments(MetricsPath) || path.StartsWithSegments("/health");

    public static void MapMetrics(this WebApplication app)
    {
        _ = app.Services.GetRequiredService<EventBusMetrics>(); // its gauges exist from now on
        var networks = AllowedNetworks(app.Configuration);
        app.MapPrometheusScrapingEndpoint(MetricsPath, meterProvider: null, configureBranchedPipeline: branch => branch.Use((http, next) =>
        {
            if (MayRead(http.Connection.RemoteIpAddress, networks))
                return next(http);
            http.Response.StatusCode = StatusCodes.Status404NotFound; // as if there were nothing here
            return Task.CompletedTask;
        }), optionsName: null).AllowAnonymous();
    }

    internal static bool MayRead(IPAddress? peer, IReadOnlyList<IPNetwork> networks)
    {
        if (peer is null)
            return true; // no network peer: a Unix socket or the in-memory test server, both on this machine
        if (peer.IsIPv4MappedToIPv6)
            peer = peer.MapToIPv4();
        return IPAddress.IsLoopback(peer) || networks.Any(n => n.Contains(peer));
    }

    // Read when the pipeline is built, so a mistyped network stops the start with a StartupException.
    private static List<IPNetwork> AllowedNetworks(IConfiguration configuration) =>
        ReverseProxy.Values(configuration, AllowedNetworksSetting)
            .Select(value => IPNetwork.TryParse(value, out var network)
                ? network
                : throw new StartupException($"{AllowedNetworksSetting}: '{value}' is not a network such as 10.0.0.0/8."))
            .ToList();
}
