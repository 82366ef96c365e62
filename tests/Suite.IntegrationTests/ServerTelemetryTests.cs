using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using Suite.TestBase;
using Xunit;

namespace Suite.IntegrationTests;

/// <summary>One host process in server mode (PostgreSQL + RabbitMQ), shared by the tests that read its port and its console.</summary>
public sealed class ServerHostProcess : IAsyncLifetime
{
    public HostProcess Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await HostProcess.StartAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

/// <summary>What whoever runs Suite sees of it from outside: Prometheus's figures and the JSON logs (docs/operations-metrics.md).</summary>
public sealed class ServerTelemetryTests(ServerHostProcess server) : IClassFixture<ServerHostProcess>
{
    private HostProcess Host => server.Host;

    [Fact]
    public async Task Should_Let_A_Real_Prometheus_Scrape_The_Leads_Received_And_The_Request_Count()
    {
        await using var prometheus = await PrometheusServer.StartAsync(Host.Address);
        var admin = await Host.AdminAsync();
        for (var i = 0; i < 3; i++)
            (await admin.PostAsJsonAsync("/api/crm/leads", new { title = $"Заявка {i}", name = "Пётр", phone = "+7 900 000-00-0" + i }))
                .EnsureSuccessStatusCode();

        var leads = await Eventually.Until(() => prometheus.QueryAsync("""sum(suite_crm_leads_received_total{job="suite",channel="manual"})"""),
            v => v >= 3, TimeSpan.FromSeconds(60), "Prometheus to have scraped the three leads");
        leads.ShouldBe(3);
        var created = await Eventually.Until(() => prometheus.QueryAsync(
                """sum(http_server_request_duration_seconds_count{http_route="/api/crm/leads/",http_request_method="POST",http_response_status_code=~"2.."})"""),
            v => v >= 3, TimeSpan.FromSeconds(30), "the request count of the leads endpoint");
        created.ShouldBe(3);
        (await prometheus.QueryAsync("""up{job="suite"}""")).ShouldBe(1);
        (await prometheus.QueryAsync("""suite_eventbus_outbox_unsent{module="crm"}""")).ShouldNotBeNull("the event bus backlog is scraped per module");
    }

    [Fact]
    public async Task Should_Write_Each_Log_Line_As_Json_With_The_Trace_Id_Of_The_Request()
    {
        var traceId = ActivityTraceId.CreateRandom().ToString();
        var client = Host.Anonymous();
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/crm/leads");
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");

        (await client.SendAsync(request)).StatusCode.ShouldBe(System.Net.HttpStatusCode.Unauthorized);

        var lines = await Eventually.Until(() => Task.FromResult(Host.Output.Where(l => l.Contains(traceId)).ToList()),
            l => l.Count > 0, what: "a log line of the request");
        var line = JsonDocument.Parse(lines[0]).RootElement;
        line.GetProperty("@tr").GetString().ShouldBe(traceId);
        line.GetProperty("@t").GetDateTimeOffset().ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(-5));
        line.GetProperty("RequestPath").GetString().ShouldBe("/api/crm/leads");
        foreach (var each in Host.Output.Where(l => !string.IsNullOrWhiteSpace(l) && !l.StartsWith("stderr: ", StringComparison.Ordinal)))
            Should.NotThrow(() => JsonDocument.Parse(each), $"every console line is one JSON object: {each}");
    }
}
