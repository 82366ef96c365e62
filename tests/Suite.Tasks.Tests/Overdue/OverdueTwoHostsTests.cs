using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Suite.Framework.Data;
using Suite.TestBase;
using Suite.Tasks.Application.Tasks;
using Suite.Tasks.Data;
using Suite.Tasks.Domain.Tasks;
using Xunit;

namespace Suite.Tasks.Tests.Overdue;

/// <summary>
/// Server mode: two hosts on one PostgreSQL and one RabbitMQ scan for overdue tasks at the same moments. A thousand
/// tasks falling due at once give a thousand <c>Tasks.Task.Overdue</c> events, each task once, all sent to the broker.
/// </summary>
public sealed class OverdueTwoHostsTests : IAsyncLifetime
{
    private readonly SuiteHost _first = Fast(new SuiteHost(DatabaseProvider.PostgreSql, TestEnvironment.RabbitMq));
    private SuiteHost? _second;

    public async Task InitializeAsync()
    {
        await _first.InitializeAsync();
        _second = Fast(new SuiteHost(DatabaseProvider.PostgreSql, TestEnvironment.RabbitMq))
            .With("ConnectionStrings:Suite", _first.Database.ConnectionString);
        await _second.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        if (_second is not null)
            await ((IAsyncLifetime)_second).DisposeAsync();
        await ((IAsyncLifetime)_first).DisposeAsync();
    }

    [Fact]
    public async Task Should_Announce_Each_Of_A_Thousand_Tasks_Falling_Due_At_Once_Exactly_Once()
    {
        // Any assignee will do: the scan reads the tasks, not the people (a copy would come through the shared broker,
        // whose module queues other test hosts may be consuming at the same time).
        var anna = Guid.NewGuid();
        var due = TimeProvider.System.GetUtcNow().AddSeconds(3);
        var ids = new List<Guid>();
        using (var scope = _first.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TasksDbContext>();
            for (var i = 0; i < 1_000; i++)
            {
                var task = new WorkTask($"Звонок {i}", null, anna, due, TaskPriority.Normal, null, null, [], null);
                db.AddTask(task, null, TimeProvider.System.GetUtcNow());
                ids.Add(task.Id);
            }

            await db.SaveChangesAsync();
        }

        await Eventually.Until(async () => (await OverdueAsync()).Count(e => e.SentAt != null), n => n >= 1_000,
            TimeSpan.FromSeconds(120), "a thousand overdue events sent");
        await Task.Delay(TimeSpan.FromSeconds(1)); // both hosts scan several times more

        var events = await OverdueAsync();
        events.Count.ShouldBe(1_000);
        events.ShouldAllBe(e => e.SentAt != null);
        events.Select(e => e.TaskId).Order().ShouldBe(ids.Order());
    }

    private async Task<List<(Guid TaskId, DateTimeOffset? SentAt)>> OverdueAsync()
    {
        using var scope = _first.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TasksDbContext>();
        return (await db.OutboxMessages.AsNoTracking().Where(m => m.EventName == "Tasks.Task.Overdue")
                .Select(m => new { m.Payload, m.SentAt }).ToListAsync())
            .Select(m => (System.Text.Json.JsonDocument.Parse(m.Payload).RootElement.GetProperty("taskId").GetGuid(), m.SentAt)).ToList();
    }

    private static SuiteHost Fast(SuiteHost host) => host.With("Tasks:OverdueCheckInterval", "00:00:00.100");
}
