using System.Diagnostics;
using System.Net.Http.Json;
using Shouldly;
using Suite.Framework.Data;
using Suite.TestBase;
using Xunit;

namespace Suite.IntegrationTests;

/// <summary>
/// One request's trace goes on through the outbox and the bus into the handler of another module: an operator who opens the
/// trace of "create a company" sees Finance taking its copy in the same trace (docs/adr/0029-trace-propagation-through-the-outbox.md).
/// </summary>
public abstract class TraceAcrossModulesTests(SuiteHost host) : IAsyncLifetime
{
    public Task InitializeAsync() => host.InitializeAsync();

    public async Task DisposeAsync() => await ((IAsyncLifetime)host).DisposeAsync();

    [Fact]
    public async Task Should_Put_The_Handler_In_Another_Module_Into_The_Trace_Of_The_Request_That_Published()
    {
        using var spans = new SpanRecorder();
        var admin = await host.AdminAsync();
        var traceId = ActivityTraceId.CreateRandom();
        var callerSpan = ActivitySpanId.CreateRandom();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/crm/companies")
        {
            Content = JsonContent.Create(new { name = $"ООО «След {Guid.NewGuid():N}»", taxId = "7707083893" }),
        };
        request.Headers.Add("traceparent", $"00-{traceId}-{callerSpan}-01"); // as a caller that traces its own work sends it

        (await admin.SendAsync(request)).EnsureSuccessStatusCode();

        var handling = await Eventually.Until(
            () => Task.FromResult(spans.InTrace(traceId).FirstOrDefault(s => s.Source.Name == "Suite.EventBus" && Equals(s.GetTagItem("suite.module"), "finance"))),
            s => s is not null, what: "Finance's handling span in the request's trace");

        var trace = spans.InTrace(traceId);
        var serverSpan = trace.Single(s => s.Source.Name == "Microsoft.AspNetCore" && s.ParentSpanId == callerSpan);
        handling!.DisplayName.ShouldBe("finance handle Crm.Company.Created");
        handling.Kind.ShouldBe(ActivityKind.Consumer);
        // The handler hangs under the request: directly in process, through the span that handed the message to RabbitMQ otherwise.
        var parent = trace.Single(s => s.SpanId == handling.ParentSpanId);
        if (host.UsesRabbitMq)
        {
            parent.Kind.ShouldBe(ActivityKind.Producer);
            parent.DisplayName.ShouldBe("send Crm.Company.Created");
            parent.ParentSpanId.ShouldBe(serverSpan.SpanId);
        }
        else
            parent.ShouldBe(serverSpan);
    }
}

public sealed class TraceAcrossModulesTestsOverRabbitMq() : TraceAcrossModulesTests(new SuiteHost(DatabaseProvider.PostgreSql, TestEnvironment.RabbitMq));

public sealed class TraceAcrossModulesTestsInProcess() : TraceAcrossModulesTests(new SuiteHost(DatabaseProvider.Sqlite));
