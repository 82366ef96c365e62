using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Suite.TestBase;
using Suite.Tasks.Data;
using Suite.Tasks.Domain.Tasks;
using Xunit;
using static Suite.Tasks.Tests.TasksData;

namespace Suite.Tasks.Tests.NextStep;

/// <summary>
/// The morning check: each open deal with no open task is flagged to its owner once per company day, at 09:00 Moscow
/// time (the host starts at 08:00), however many times the watch looks.
/// </summary>
public abstract class NextStepTests(TasksHost host)
{
    private const string WithoutNextStep = "Tasks.Deal.WithoutNextStep";

    [Fact]
    public async Task Should_Flag_Open_Deals_Without_An_Open_Task_Once_A_Day_At_Nine()
    {
        var (_, owner) = await host.UserAsync("sales");
        var forgotten = await DealAsync(host, owner, "Окна для школы");
        var planned = await DealAsync(host, owner, "Двери для офиса");
        await AddTaskAsync(host, owner, host.Clock.GetUtcNow().AddDays(2), new CardReference("deal", planned));
        var onlyDoneTasks = await DealAsync(host, owner, "Фасад");
        var done = await AddTaskAsync(host, owner, host.Clock.GetUtcNow(), new CardReference("deal", onlyDoneTasks));
        await ChangeAsync(host, done.Id, t => t.Complete(null, owner, host.Clock.GetUtcNow()));
        var won = await DealAsync(host, owner, "Выигранная сделка", open: false);

        await Task.Delay(host.Interval * 4); // 08:00: not yet
        (await EventsAsync(host, WithoutNextStep)).ShouldBeEmpty();

        host.Clock.Advance(TimeSpan.FromMinutes(65)); // 09:05
        await Eventually.Until(() => EventsAsync(host, WithoutNextStep), e => e.Count >= 2, what: "the morning's flags");
        await Task.Delay(host.Interval * 5); // more looks the same day: nothing more
        var flagged = await EventsAsync(host, WithoutNextStep);
        flagged.Select(e => e.GetProperty("dealId").GetGuid()).ShouldBe([forgotten, onlyDoneTasks], ignoreOrder: true);
        flagged.ShouldAllBe(e => e.GetProperty("ownerId").GetGuid() == owner && e.GetProperty("day").GetString() == "2026-12-02");
        flagged.Single(e => e.GetProperty("dealId").GetGuid() == forgotten).GetProperty("title").GetString().ShouldBe("Окна для школы");
        (await EventsAsync(host, WithoutNextStep, planned)).ShouldBeEmpty();
        (await EventsAsync(host, WithoutNextStep, won)).ShouldBeEmpty();

        // The next day the forgotten deal has a task; the other is flagged again, once.
        await AddTaskAsync(host, owner, host.Clock.GetUtcNow().AddDays(3), new CardReference("deal", forgotten));
        host.Clock.Advance(TimeSpan.FromDays(1));
        await Eventually.Until(() => EventsAsync(host, WithoutNextStep), e => e.Count >= 3, what: "the second morning's flag");
        await Task.Delay(host.Interval * 5);
        var secondDay = (await EventsAsync(host, WithoutNextStep)).Where(e => e.GetProperty("day").GetString() == "2026-12-03").ToList();
        secondDay.ShouldHaveSingleItem().GetProperty("dealId").GetGuid().ShouldBe(onlyDoneTasks);
        using var scope = host.Services.CreateScope();
        (await scope.ServiceProvider.GetRequiredService<TasksDbContext>().NextStepChecks.CountAsync()).ShouldBe(2);
    }
}

public sealed class NextStepTestsOnSqlite(TasksSqliteHost host) : NextStepTests(host), IClassFixture<TasksSqliteHost>;

public sealed class NextStepTestsOnPostgreSql(TasksPostgreSqlHost host) : NextStepTests(host), IClassFixture<TasksPostgreSqlHost>;
