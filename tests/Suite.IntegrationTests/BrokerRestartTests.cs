using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Suite.Framework.Events;
using Shouldly;
using Suite.Framework.Data;
using Suite.IntegrationTests.Probe;
using Suite.TestBase;
using Xunit;

namespace Suite.IntegrationTests;

public sealed class BrokerRestartTests
{
    [Fact]
    public async Task Should_Deliver_All_1000_Events_Across_A_Broker_Restart_Without_Duplicates()
    {
        await using var bus = await BusHarness.StartAsync(DatabaseProvider.PostgreSql, rabbitMq: true);

        for (var batch = 0; batch < 5; batch++)
            await bus.PublishAsync(Enumerable.Range(batch * 100 + 1, 100).Select(bus.Thing).ToArray());

        await RabbitMqCtlAsync("stop_app");
        try
        {
            // Written while the broker is down: they wait in the outbox.
            for (var batch = 5; batch < 10; batch++)
                await bus.PublishAsync(Enumerable.Range(batch * 100 + 1, 100).Select(bus.Thing).ToArray());
            await Task.Delay(TimeSpan.FromSeconds(2));
            (await bus.SenderAsync(db => db.OutboxMessages.CountAsync(m => m.SentAt == null))).ShouldBeGreaterThan(0);
        }
        finally
        {
            await RabbitMqCtlAsync("start_app");
        }

        var numbers = await Eventually.Until(bus.EffectNumbersAsync, n => n.Count >= 1000 && n.Distinct().Count() == 1000,
            TimeSpan.FromSeconds(120), "all 1,000 events handled");
        await Task.Delay(TimeSpan.FromSeconds(2)); // a late duplicate would show up now
        numbers = await bus.EffectNumbersAsync();

        numbers.Count.ShouldBe(1000, "no event may have two effects");
        numbers.Order().ShouldBe(Enumerable.Range(1, 1000));
    }

    [Fact]
    public async Task Should_Report_Not_Ready_While_Events_Wait_Too_Long_In_The_Outbox()
    {
        await using var bus = await BusHarness.StartAsync(DatabaseProvider.PostgreSql, rabbitMq: true);
        var backlog = new OutboxBacklogHealthCheck(bus.Services.GetRequiredService<IServiceScopeFactory>(), TimeSpan.FromMinutes(5));
        (await backlog.CheckHealthAsync(new HealthCheckContext())).Status.ShouldBe(HealthStatus.Healthy);

        await RabbitMqCtlAsync("stop_app");
        try
        {
            await bus.PublishAsync(bus.Thing(1));
            bus.Clock.Advance(TimeSpan.FromMinutes(6));
            (await backlog.CheckHealthAsync(new HealthCheckContext())).Status.ShouldBe(HealthStatus.Unhealthy);
        }
        finally
        {
            await RabbitMqCtlAsync("start_app");
        }

        await Eventually.Until(async () => (await backlog.CheckHealthAsync(new HealthCheckContext())).Status == HealthStatus.Healthy,
            TimeSpan.FromSeconds(60), "the backlog to drain after the broker is back");
        // Healthy means sent; the receiving module handles it a moment later.
        (await Eventually.Until(bus.EffectNumbersAsync, n => n.Count > 0, what: "the delayed event to be handled")).ShouldBe([1]);
    }

    private static async Task RabbitMqCtlAsync(string command)
    {
        using var process = Process.Start(new ProcessStartInfo(TestEnvironment.RabbitMqCtl, command)
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        })!;
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"rabbitmqctl {command} failed: {await process.StandardError.ReadToEndAsync()}");
        if (command == "start_app")
        {
            using var wait = Process.Start(new ProcessStartInfo(TestEnvironment.RabbitMqCtl, "await_startup") { RedirectStandardOutput = true })!;
            await wait.WaitForExitAsync();
        }
    }
}
