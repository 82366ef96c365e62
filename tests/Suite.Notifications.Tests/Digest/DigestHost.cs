using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Suite.Framework.Data;
using Suite.TestBase;

namespace Suite.Notifications.Tests.Digest;

/// <summary>
/// Suite with a mail server, whose clock reads Wednesday 2 December 2026, 12:00 in Moscow: the middle of the week
/// 30.11–06.12 a test fills, before it moves the clock to the Monday after. The digest watch looks five times a second.
/// </summary>
public abstract class ClockedDigestHost : NotificationHost
{
    public static readonly DateTimeOffset Wednesday = new(2026, 12, 2, 12, 0, 0, TimeSpan.FromHours(3));

    protected ClockedDigestHost(DatabaseProvider provider) : base(provider)
    {
        Clock.Set(Wednesday);
        With("Notifications:DigestInterval", "00:00:00.200");
    }

    public ManualClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}

/// <summary>On PostgreSQL, as in server mode.</summary>
public sealed class DigestHost() : ClockedDigestHost(DatabaseProvider.PostgreSql)
{
    /// <summary>A second host on <paramref name="first"/>'s database (started), with a mail server and a clock of its own.</summary>
    public static DigestHost On(DigestHost first)
    {
        var second = new DigestHost();
        second.With("ConnectionStrings:Suite", first.Database.ConnectionString);
        return second;
    }
}

/// <summary>On SQLite, as the embedded mode runs.</summary>
public sealed class DigestHostOnSqlite() : ClockedDigestHost(DatabaseProvider.Sqlite);

/// <summary>The same, with no mail server configured.</summary>
public sealed class DigestHostWithoutMail : SuiteHost
{
    public DigestHostWithoutMail() : base(DatabaseProvider.PostgreSql)
    {
        Clock.Set(ClockedDigestHost.Wednesday);
        With("Notifications:DigestInterval", "00:00:00.200");
    }

    public ManualClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}
