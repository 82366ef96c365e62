using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using Suite.Framework.Data;

namespace Suite.TestBase;

/// <summary>
/// Suite.Host.dll run as its own process on a loopback port, in server mode (a fresh PostgreSQL database and the test RabbitMQ),
/// for what only a real process shows: its console output and a port another program (Prometheus) can reach.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private TestDatabase? _database;

    private HostProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        Address = new Uri($"http://127.0.0.1:{port}");
    }

    public int Port { get; }
    public Uri Address { get; }

    /// <summary>Standard output so far, a line each; standard error's lines start with "stderr: ".</summary>
    public IReadOnlyList<string> Output => _output.ToList();

    /// <summary>A host on a fresh PostgreSQL database of its own (dropped with it) and its own exchange, ready to serve.</summary>
    public static async Task<HostProcess> StartAsync(params (string Name, string Value)[] settings)
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);
        (string, string)[] environment =
        [
            ("ConnectionStrings__Suite", database.ConnectionString),
            ("RabbitMq__Uri", TestEnvironment.RabbitMq),
            ("RabbitMq__Name", "suite-process-" + Guid.NewGuid().ToString("N")[..12]), // its own exchange and queues
            ("Suite__DataPath", database.Folder),
            ("Suite__AdminPassword", SuiteHost.AdminPassword),
            ("Suite__DemoData", "false"),
            ("EventBus__PollInterval", "00:00:00.200"),
            .. settings,
        ];
        var host = Start(environment);
        host._database = database;
        await host.ReadyAsync(TimeSpan.FromMinutes(2));
        return host;
    }

    /// <summary>
    /// A host with exactly this environment (later names win) on a free loopback port, not waited for: several started at
    /// once on one database is what the start-up lock is tested with. <see cref="ReadyAsync"/> waits.
    /// </summary>
    public static HostProcess Start(IEnumerable<(string Name, string Value)> environment)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Suite.Host.dll")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";

        var process = new Process { StartInfo = start };
        var host = new HostProcess(process, port);
        process.OutputDataReceived += (_, line) => { if (line.Data is not null) host._output.Enqueue(line.Data); };
        process.ErrorDataReceived += (_, line) => { if (line.Data is not null) host._output.Enqueue("stderr: " + line.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>Until /health/ready answers 200; a host that exits meanwhile fails at once with its output.</summary>
    public async Task ReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        await Eventually.Until(async () =>
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The host on port {Port} exited with {_process.ExitCode}:\n{string.Join('\n', Output)}");
            try
            {
                return (await http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                return false; // not listening yet: it listens once its database is ready
            }
        }, timeout, $"the host on port {Port} to be ready");
    }

    public HttpClient Anonymous() => new() { BaseAddress = Address };

    public async Task<HttpClient> AdminAsync()
    {
        var client = Anonymous();
        var response = await client.PostAsJsonAsync("/api/account/login", new { userName = "admin", password = SuiteHost.AdminPassword });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        if (_database is not null)
            await _database.DisposeAsync();
    }
}
