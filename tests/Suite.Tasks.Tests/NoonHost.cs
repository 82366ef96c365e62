using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Suite.Framework.Data;
using Suite.TestBase;

namespace Suite.Tasks.Tests;

/// <summary>
/// A host whose clock reads 12:00 on 10 December 2026 in Moscow, set before it starts (so tokens live in that day) and
/// left there: tests put tasks at the times they need directly and read what the API makes of them "now".
/// </summary>
public abstract class NoonHost : SuiteHost
{
    public static readonly DateTimeOffset Now = Moscow(10, 12);

    protected NoonHost(DatabaseProvider provider) : base(provider) => Clock.Set(Now);

    public ManualClock Clock { get; } = new();

    /// <summary>A moment of December 2026 on the company's (Moscow) clock, as the UTC instant every stored time is.</summary>
    public static DateTimeOffset Moscow(int day, int hour, int minute = 0, int month = 12) =>
        new DateTimeOffset(2026, month, day, hour, minute, 0, TimeSpan.FromHours(3)).ToUniversalTime();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}

public sealed class NoonSqliteHost() : NoonHost(DatabaseProvider.Sqlite);

public sealed class NoonPostgreSqlHost() : NoonHost(DatabaseProvider.PostgreSql);
