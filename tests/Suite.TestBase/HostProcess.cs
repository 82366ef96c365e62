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
    private readonly TestDatabase _database;
    private readonly ConcurrentQueue<string> _output = new();

    private HostProcess(Process process, TestDatabase database, int port)
    {
        _process = process;
        _database = database;
        Port = port;
        Address = new Uri($"http://127.0.0.1:{port}");
    }

    public int Port { get; }
    public Uri Address { get; }

    /// <summary>Standard output so far, a line each.</summary>
    public IReadOnlyList<string> Output => _output.ToList();

    public static async Task<HostProcess> StartAsync(params (string Name, string Value)[] settings)
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Suite.Host.dll")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ConnectionStrings__Suite"] = database.ConnectionString;
        start.Environment["RabbitMq__Uri"] = TestEnvironment.RabbitMq;
        start.Environment["RabbitMq__Name"] = "suite-process-" + Guid.NewGuid().ToString("N")[..12]; // its own exchange and queues
        start.Environment["Suite__DataPath"] = database.Folder;
        start.Environment["Suite__AdminPassword"] = SuiteHost.AdminPassword;
        start.Environment["Suite__DemoData"] = "false";
        start.Environment["EventBus__PollInterval"] = "00:00:00.200";
        foreach (var (name, value) in settings)
            start.Environment[name] = value;

        var process = Process.Start(start)!;
        var host = new HostProcess(process, database, port);
        process.OutputDataReceived += (_, line) => { if (line.Data is not null) host._output.Enqueue(line.Data); };
        process.ErrorDataReceived += (_, line) => { if (line.Data is not null) host._output.Enqueue("stderr: " + line.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromSeconds(5) };
        await Eventually.Until(async () =>
        {
            if (process.HasExited)
                throw new InvalidOperationException($"The host stopped (exit {process.ExitCode}): {string.Join('\n', host.Output)}");
            try
            {
                return (await http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, TimeSpan.FromMinutes(2), "the host process to be ready");
        return host;
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
        await _database.DisposeAsync();
    }
}
