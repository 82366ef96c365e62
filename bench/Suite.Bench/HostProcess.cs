using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace Suite.Bench;

/// <summary>
/// The Release build of Suite.Host as a child process in server mode on a private database and a free
/// loopback port: measured the way it runs in production, not in-memory through a test server.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;
    private PosixSignalRegistration[] _onSignal = [];

    private HostProcess(Process process, StreamWriter log, Uri baseAddress, string logPath)
    {
        _process = process;
        _log = log;
        BaseAddress = baseAddress;
        LogPath = logPath;
    }

    /// <summary>More environment for the host, e.g. EF Core's statement log when the plans are wanted.</summary>
    public static Dictionary<string, string> ExtraEnvironment { get; } = new();

    public Uri BaseAddress { get; }

    public string LogPath { get; }

    /// <summary>Starts the host's peak resident memory (VmHWM) afresh at its current size, and returns that size in bytes.</summary>
    public long ResetPeakMemory()
    {
        File.WriteAllText($"/proc/{_process.Id}/clear_refs", "5");
        return Status("VmRSS");
    }

    /// <summary>The host's peak resident memory in bytes since the last <see cref="ResetPeakMemory"/>.</summary>
    public long PeakMemory() => Status("VmHWM");

    private long Status(string field) =>
        File.ReadLines($"/proc/{_process.Id}/status").Where(l => l.StartsWith(field + ":", StringComparison.Ordinal))
            .Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024).First();

    public static async Task<HostProcess> StartAsync(string hostDll, string connectionString, string adminPassword, string dataPath)
    {
        var port = FreeLoopbackPort();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { hostDll },
            // The content root (appsettings.json) is the working directory.
            WorkingDirectory = Path.GetDirectoryName(hostDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ConnectionStrings__Suite"] = connectionString;
        start.Environment["RabbitMq__Uri"] = "";                 // in-process bus: no broker in the path measured
        start.Environment["Suite__AdminPassword"] = adminPassword;
        start.Environment["Suite__DemoData"] = "false";
        start.Environment["Suite__DataPath"] = dataPath;
        start.Environment["Suite__Login__AttemptsPerMinute"] = "100000";
        foreach (var (key, value) in ExtraEnvironment)
            start.Environment[key] = value;

        var logPath = Path.Combine(dataPath, "host.log");
        var log = new StreamWriter(new FileStream(logPath, FileMode.Create, FileAccess.Write, FileShare.ReadWrite)) { AutoFlush = true };
        var process = new Process { StartInfo = start };
        // Both pipes must be drained, or the host blocks once a pipe buffer fills up.
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var host = new HostProcess(process, log, new Uri($"http://127.0.0.1:{port}"), logPath);
        // A bench stopped by a signal must not leave the host running on its own: kill it, then let the
        // signal end the bench as usual.
        host._onSignal = [.. new[] { PosixSignal.SIGTERM, PosixSignal.SIGINT, PosixSignal.SIGHUP }
            .Select(signal => PosixSignalRegistration.Create(signal, _ => host.KillNow()))];
        try
        {
            await host.WaitUntilReadyAsync(TimeSpan.FromMinutes(12));   // migrations of a fresh database on a busy 2-core machine
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>/health/ready answers 200 only after migrations ran and the host listens.</summary>
    private async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The host exited with code {_process.ExitCode} while starting:\n{Tail()}");
            try
            {
                using var response = await http.GetAsync("/health/ready");
                if (response.StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but slow to answer (migrations, or a busy machine): ask again until the deadline.
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The host was not ready within {timeout.TotalSeconds:0} s:\n{Tail()}");
    }

    public string Tail(int lines = 30)
    {
        using var stream = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return string.Join('\n', reader.ReadToEnd().Split('\n').TakeLast(lines));
    }

    /// <summary>SIGTERM first, so the host shuts down as in production (and releases its connections); kill if it hangs.</summary>
    private void KillNow()
    {
        try
        {
            if (!_process.HasExited)
                _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var registration in _onSignal)
            registration.Dispose();
        if (!_process.HasExited)
        {
            _ = SendSignal(_process.Id, SigTerm);
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await _process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }
        _process.Dispose();
        lock (_log)
            _log.Dispose();
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private const int SigTerm = 15;

    [DllImport("libc", EntryPoint = "kill")]
    private static extern int SendSignal(int pid, int signal);
}
