using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Suite.Framework.Data;
using Suite.TestBase;

namespace Suite.Host.Tests.Backups;

/// <summary>A host that backs up every second and keeps the newest two, looking five times a second.</summary>
public sealed class EverySecondBackupHost : SuiteHost
{
    public EverySecondBackupHost() : base(DatabaseProvider.Sqlite)
    {
        With("Backup:Schedule", "* * * * * *");
        With("Backup:CheckInterval", "00:00:00.200");
        With("Backup:Keep", "2");
    }
}

/// <summary>
/// A host that backs up nightly at 02:00 (company time) and whose clock the test moves; it looks once an hour, so moving
/// the clock shows a late backup before the schedule makes up for it.
/// </summary>
public sealed class NightlyBackupHost : SuiteHost
{
    public NightlyBackupHost() : base(DatabaseProvider.Sqlite)
    {
        Clock.Set(new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.FromHours(3)));
        With("Backup:Schedule", "0 2 * * *");
        With("Backup:CheckInterval", "01:00:00");
        With("Backup:Grace", "01:00:00");
    }

    public ManualClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}
