using System.Net;
using System.Net.Http.Json;
using Shouldly;
using Suite.TestBase;
using Xunit;

namespace Suite.Host.Tests;

/// <summary>The host behind its proxy, with one office network allowed to read /metrics besides this machine.</summary>
public sealed class MetricsHost : ProxiedHost
{
    public const string MonitoringNetwork = "198.51.100.0/24";
    public const string Monitoring = "198.51.100.7";

    public MetricsHost() => With("Suite:Metrics:AllowedNetworks", MonitoringNetwork);
}

/// <summary>/metrics tells whoever runs Suite what it is doing (docs/operations-metrics.md), and nobody else.</summary>
public sealed class MetricsTests(MetricsHost host) : IClassFixture<MetricsHost>
{
    [Fact]
    public async Task Should_Show_Leads_Received_And_The_Event_Bus_Backlog_Per_Module()
    {
        var admin = await host.AdminAsync();
        (await admin.PostAsJsonAsync("/api/crm/leads", new { title = "Окна в офис", name = "Пётр", phone = "+7 900 000-00-01" })).EnsureSuccessStatusCode();

        // Requests by route template are read back from a host process of its own by a real Prometheus (ServerTelemetryTests):
        // here several hosts share the test process, and this host's /metrics was seen without its own POST when other hosts
        // ran beside it (meters of the same name in one process; one host per process in production).
        var metrics = await Eventually.Until(() => host.From("127.0.0.1").GetStringAsync("/metrics"),
            text => Lines(text, "suite_crm_leads_received_total{").Any(), what: "the lead on /metrics");

        Lines(metrics, "suite_crm_leads_received_total{").ShouldContain(l => l.Contains("channel=\"manual\""));
        foreach (var gauge in new[] { "outbox_unsent", "outbox_oldest_age_seconds", "inbox_pending", "inbox_oldest_age_seconds", "inbox_parked" })
            Lines(metrics, $"suite_eventbus_{gauge}{{").ShouldContain(l => l.Contains("module=\"crm\""), gauge);
    }

    [Fact]
    public async Task Should_Not_Show_Metrics_To_Clients_Outside_This_Machine_And_The_Allowed_Networks()
    {
        (await host.From(ProxiedHost.Stranger).GetAsync("/metrics")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await host.From(ProxiedHost.Proxy, ProxiedHost.Stranger).GetAsync("/metrics")).StatusCode
            .ShouldBe(HttpStatusCode.NotFound, "a visitor from the internet through the proxy");
        (await host.From(ProxiedHost.Proxy).GetAsync("/metrics")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "the proxy is not a monitoring host");

        (await host.From("127.0.0.1").GetAsync("/metrics")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await host.From("::1").GetAsync("/metrics")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await host.From(MetricsHost.Monitoring).GetAsync("/metrics")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await host.From(ProxiedHost.Proxy, MetricsHost.Monitoring).GetAsync("/metrics")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static IEnumerable<string> Lines(string metrics, string prefix) =>
        metrics.Split('\n').Where(l => l.StartsWith(prefix, StringComparison.Ordinal));
}
