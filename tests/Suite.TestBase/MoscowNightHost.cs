using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Suite.Framework.Data;

namespace Suite.TestBase;

/// <summary>
/// A host whose clock reads 00:30 on 2 December 2026 in Moscow, which is still 1 December in UTC: the hour in
/// which a UTC "today" is yesterday for the company. The clock is set before the host starts, so its keys, tokens
/// and records all live in that night.
/// </summary>
public abstract class MoscowNightHost : SuiteHost
{
    public static readonly DateTimeOffset Now = new(2026, 12, 2, 0, 30, 0, TimeSpan.FromHours(3));
    public static readonly DateOnly Today = new(2026, 12, 2);

    protected MoscowNightHost(DatabaseProvider provider) : base(provider) => Clock.Set(Now);

    public ManualClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}

public sealed class MoscowNightSqliteHost() : MoscowNightHost(DatabaseProvider.Sqlite);

public sealed class MoscowNightPostgreSqlHost() : MoscowNightHost(DatabaseProvider.PostgreSql);
