using Shouldly;
using Suite.TestBase;
using Xunit;
using static Suite.Tasks.Tests.TasksData;

namespace Suite.Tasks.Tests.Overdue;

/// <summary>
/// A task whose due time passes becomes overdue: <c>Tasks.Task.Overdue</c> goes out once, with the assignee's
/// supervisor, whatever number of scans follow; postponed, it falls due again at the new time. The clock is moved
/// instead of waited for.
/// </summary>
public abstract class OverdueTests(TasksHost host)
{
    private const string Overdue = "Tasks.Task.Overdue";

    [Fact]
    public async Task Should_Announce_A_Task_Once_When_Its_Due_Time_Passes_With_The_Supervisor_And_Again_After_A_Postpone()
    {
        var (anna, supervisor) = await TeamAsync(host);
        var now = host.Clock.GetUtcNow();
        var dueInAnHour = await AddTaskAsync(host, anna, now.AddHours(1), title: "Отправить КП");
        var dueTomorrow = await AddTaskAsync(host, anna, now.AddDays(1));
        var doneLate = await AddTaskAsync(host, anna, now.AddMinutes(30));
        await ChangeAsync(host, doneLate.Id, t => t.Complete("Готово", anna, now));
        var noDueTime = await AddTaskAsync(host, anna, null);

        await Task.Delay(host.Interval * 4); // several scans before the due time: nothing yet
        (await EventsAsync(host, Overdue, dueInAnHour.Id)).ShouldBeEmpty();

        host.Clock.Advance(TimeSpan.FromMinutes(61));
        var first = await Eventually.Until(() => EventsAsync(host, Overdue, dueInAnHour.Id), e => e.Count > 0, what: "the overdue event");
        await Task.Delay(host.Interval * 5); // more scans: still once
        var published = (await EventsAsync(host, Overdue, dueInAnHour.Id)).ShouldHaveSingleItem();
        published.GetProperty("assigneeId").GetGuid().ShouldBe(anna);
        published.GetProperty("supervisorId").GetGuid().ShouldBe(supervisor);
        published.GetProperty("title").GetString().ShouldBe("Отправить КП");
        // PostgreSQL keeps microseconds, .NET ticks are tenths of them.
        published.GetProperty("dueAt").GetDateTimeOffset().ShouldBe(now.AddHours(1), TimeSpan.FromMilliseconds(1));
        first.Count.ShouldBe(1);
        (await EventsAsync(host, Overdue, dueTomorrow.Id)).ShouldBeEmpty();
        (await EventsAsync(host, Overdue, doneLate.Id)).ShouldBeEmpty();
        (await EventsAsync(host, Overdue, noDueTime.Id)).ShouldBeEmpty();

        // Postponed by two hours: overdue again once the new time passes, and only then.
        var newDue = host.Clock.GetUtcNow().AddHours(2);
        await ChangeAsync(host, dueInAnHour.Id, t => t.Postpone(newDue));
        await Task.Delay(host.Interval * 4);
        (await EventsAsync(host, Overdue, dueInAnHour.Id)).Count.ShouldBe(1);
        host.Clock.Advance(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(1));
        await Eventually.Until(() => EventsAsync(host, Overdue, dueInAnHour.Id), e => e.Count == 2, what: "the second overdue event");
        await Task.Delay(host.Interval * 4);
        var events = await EventsAsync(host, Overdue, dueInAnHour.Id);
        events.Count.ShouldBe(2);
        events[1].GetProperty("dueAt").GetDateTimeOffset().ShouldBe(newDue, TimeSpan.FromMilliseconds(1));
        (await TasksAsync(host, q => q.Where(t => t.Id == dueInAnHour.Id))).Single().OverduePublished.ShouldBeTrue();
    }
}

public sealed class OverdueTestsOnSqlite(TasksSqliteHost host) : OverdueTests(host), IClassFixture<TasksSqliteHost>;

public sealed class OverdueTestsOnPostgreSql(TasksPostgreSqlHost host) : OverdueTests(host), IClassFixture<TasksPostgreSqlHost>;
