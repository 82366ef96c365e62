using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Suite.Framework.Data;
using Suite.TestBase;

namespace Suite.Tasks.Tests;

/// <summary>
/// A host whose clock the test moves (it starts at 08:00 on 2 December 2026 in Moscow, before the morning check for
/// deals without a next step) and whose watches look every 200 ms instead of every 15 seconds or every minute.
/// </summary>
public abstract class TasksHost : SuiteHost
{
    public static readonly DateTimeOffset Start = new(2026, 12, 2, 8, 0, 0, TimeSpan.FromHours(3));
    public static readonly DateOnly FirstDay = new(2026, 12, 2);

    protected TasksHost(DatabaseProvider provider, string? rabbitMqUri = null) : base(provider, rabbitMqUri)
    {
        Clock.Set(Start);
        With("Tasks:OverdueCheckInterval", Interval.ToString("c"));
        With("Tasks:NextStepCheckInterval", Interval.ToString("c"));
    }

    public TimeSpan Interval { get; } = TimeSpan.FromMilliseconds(200);

    public ManualClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}

public sealed class TasksSqliteHost() : TasksHost(DatabaseProvider.Sqlite);

public sealed class TasksPostgreSqlHost() : TasksHost(DatabaseProvider.PostgreSql);
