using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Suite.Framework.Data;
using Suite.TestBase;

namespace Suite.Notifications.Tests.Digest;

/// <summary>
/// Suite on PostgreSQL with a mail server, whose clock reads Wednesday 2 December 2026, 12:00 in Moscow: the middle of
/// the week 30.11–06.12 a test fills, before it moves the clock to the Monday after. The digest watch looks five times a second.
/// </summary>
public sealed class DigestHost : NotificationHost
{
    public static readonly DateTimeOffset Wednesday = new(2026, 12, 2, 12, 0, 0, TimeSpan.FromHours(3));

    public DigestHost() : base(DatabaseProvider.PostgreSql)
    {
        Clock.Set(Wednesday);
        With("Notifications:DigestInterval", "00:00:00.200");
    }

    /// <summary>A second host on <paramref name="first"/>'s database (started), with a mail server and a clock of its own.</summary>
    public static DigestHost On(DigestHost first)
    {
        var second = new DigestHost();
        second.With("ConnectionStrings:Suite", first.Database.ConnectionString);
        return second;
    }

    public ManualClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}

/// <summary>The same, with no mail server configured.</summary>
public sealed class DigestHostWithoutMail : SuiteHost
{
    public DigestHostWithoutMail() : base(DatabaseProvider.PostgreSql)
    {
        Clock.Set(DigestHost.Wednesday);
        With("Notifications:DigestInterval", "00:00:00.200");
    }

    public ManualClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}
