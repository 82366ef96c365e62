using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Suite.TestBase;

namespace Suite.IntegrationTests.Proxy;

/// <summary>
/// A real Suite host, the built Suite.Host.dll started as its own process in server mode (PostgreSQL + RabbitMQ), as a
/// deployment runs it behind nginx. Keeps its output for the failure message; stopped with its process tree.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private HostProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }
    public Uri Address => new($"http://127.0.0.1:{Port}");
    public string Output => string.Join('\n', _output);

    /// <summary>Starts a host on a free loopback port; <see cref="ReadyAsync"/> waits for it.</summary>
    public static HostProcess Start(HostSettings settings, params (string Name, string Value)[] more)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Suite.Host.dll")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var (name, value) in settings.Environment().Concat(more))
            start.Environment[name] = value;
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var host = new HostProcess(process, port);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) host._output.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) host._output.Enqueue(e.Data); };
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
                throw new InvalidOperationException($"The host on port {Port} exited with {_process.ExitCode}:\n{Output}");
            try
            {
                return (await http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                return false; // not listening yet: it listens once its database is ready
            }
        }, timeout, $"the host on port {Port} to be ready; its output:\n{Output}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>What every host of one deployment shares: the database, the broker (one exchange per database) and the data folder (the key ring).</summary>
internal sealed record HostSettings(string ConnectionString, string DataPath, bool DemoData)
{
    public IEnumerable<(string, string)> Environment()
    {
        yield return ("DOTNET_ENVIRONMENT", "Testing");
        yield return ("ASPNETCORE_ENVIRONMENT", "Testing");
        yield return ("ConnectionStrings__Suite", ConnectionString);
        yield return ("Suite__DataPath", DataPath);
        yield return ("Suite__AdminPassword", SuiteHost.AdminPassword);
        yield return ("Suite__DemoData", DemoData.ToString());
        yield return ("RabbitMq__Uri", TestEnvironment.RabbitMq);
        // Named after the database, as SuiteHost does, so hosts of other tests' databases never take these hosts' messages.
        yield return ("RabbitMq__Name", "suite-" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(ConnectionString)))[..16].ToLowerInvariant());
        yield return ("EventBus__PollInterval", "00:00:00.200");
        yield return ("EventBus__RetryBaseDelay", "00:00:00.100");
        yield return ("Serilog__MinimumLevel__Default", "Warning");
    }
}
