using Suite.Framework.Data;
using Suite.TestBase;
using Xunit;

namespace Suite.IntegrationTests.Proxy;

/// <summary>
/// A deployment on loopback: two Suite hosts (the built dll, server mode) on one PostgreSQL database, one RabbitMQ and one
/// data folder, behind nginx configured from deploy/nginx/suite.conf with TLS. The demo data gives the people.
/// </summary>
public sealed class TwoHostsBehindNginx : IAsyncLifetime
{
    /// <summary>Small, so "near the cap" and "over it" are quick to send: the nginx cap follows it as the documented one does.</summary>
    public const long AttachmentCap = 1024 * 1024;

    /// <summary>Docs' AttachmentLimits.MaxRequestBytes for that cap: ten files at the cap plus 1 MB of form.</summary>
    public const long AttachmentBodyCap = AttachmentCap * 10 + 1024 * 1024;

    /// <summary>Sign-in attempts per minute for one user name from one address, counted by each host on its own.</summary>
    public const int AttemptsPerMinute = 3;

    private TestDatabase? _database;
    private readonly List<HostProcess> _hosts = [];

    internal NginxProxy Proxy { get; private set; } = null!;
    internal IReadOnlyList<HostProcess> Hosts => _hosts;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);
        var settings = new HostSettings(_database.ConnectionString, _database.Folder, DemoData: true);
        for (var i = 0; i < 2; i++)
            _hosts.Add(HostProcess.Start([
                .. settings.Environment(),
                ("Suite__Docs__MaxAttachmentBytes", AttachmentCap.ToString()),
                ("Suite__Login__AttemptsPerMinute", AttemptsPerMinute.ToString())]));
        foreach (var host in _hosts)
            await host.ReadyAsync(TimeSpan.FromMinutes(3));
        Proxy = await NginxProxy.StartAsync(_hosts.Select(h => h.Port).ToList(), AttachmentBodyCap);
    }

    public async Task DisposeAsync()
    {
        if (Proxy is not null)
            await Proxy.DisposeAsync();
        foreach (var host in _hosts)
            await host.DisposeAsync();
        if (_database is not null)
            await _database.DisposeAsync();
    }
}
