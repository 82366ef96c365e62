using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;

namespace Suite.E2E;

/// <summary>
/// The real host, started from its built dll as a separate process on a free port, embedded mode
/// (SQLite in a temp folder, in-process bus, demo data), and stopped with its whole process tree.
/// </summary>
public sealed class SuiteProcess : IAsyncDisposable
{
    // Migrations and demo data (each demo password hashed with 210,000 PBKDF2 rounds) take over a minute on a busy 2-core machine.
    private static readonly TimeSpan ReadyDeadline = TimeSpan.FromSeconds(150);

    private readonly Process process;
    private readonly string dataPath;
    private readonly StringBuilder output = new();

    private SuiteProcess(Process process, string dataPath, Uri baseUrl)
    {
        this.process = process;
        this.dataPath = dataPath;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    /// <summary>What the host printed so far (stdout and stderr), for failure messages.</summary>
    public string Output
    {
        get { lock (output) return output.ToString(); }
    }

    public static async Task<SuiteProcess> StartAsync()
    {
        var root = RepositoryRoot();
        var contentRoot = Path.Combine(root, "host", "Suite.Host");
        var index = Path.Combine(contentRoot, "wwwroot", "index.html");
        if (!File.Exists(index))
            throw new InvalidOperationException(
                $"The Angular build is missing: {index} does not exist. Build it first: (cd angular && npm install && npm run build).");
        var dll = HostDll(contentRoot);

        var port = FreePort();
        var baseUrl = new Uri($"http://127.0.0.1:{port}");
        var dataPath = Directory.CreateTempSubdirectory("suite-e2e-").FullName;

        var start = new ProcessStartInfo("dotnet")
        {
            // The content root is the working folder: the host serves wwwroot from there, as `dotnet run` does.
            WorkingDirectory = contentRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.Environment["ASPNETCORE_URLS"] = baseUrl.ToString().TrimEnd('/');
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Suite__DataPath"] = dataPath;
        start.Environment["ConnectionStrings__Suite"] = "";
        start.Environment["RabbitMq__Uri"] = "";
        // Every browser test signs in from 127.0.0.1 against this one host; the sign-in throttle has its own
        // tests in Suite.Host.Tests, and here it would only turn later sign-ins into 429s.
        start.Environment["Suite__Login__AttemptsPerMinute"] = "10000";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var suite = new SuiteProcess(process, dataPath, baseUrl);
        process.OutputDataReceived += (_, e) => suite.Append(e.Data);
        process.ErrorDataReceived += (_, e) => suite.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            await suite.WaitUntilReadyAsync();
        }
        catch
        {
            await suite.DisposeAsync();
            throw;
        }
        return suite;
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (output) output.AppendLine(line);
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + ReadyDeadline;
        var last = "no answer yet";
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
                throw new InvalidOperationException(
                    $"The host exited with code {process.ExitCode} before it was ready. Its output:\n{Output}");
            try
            {
                using var response = await http.GetAsync("/health/ready");
                if (response.StatusCode == HttpStatusCode.OK) return;
                last = $"{(int)response.StatusCode} {response.ReasonPhrase}";
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                last = e.Message;
            }
            await Task.Delay(250);
        }
        throw new TimeoutException(
            $"The host at {BaseUrl} was not ready within {ReadyDeadline.TotalSeconds} s (last: {last}). Its output:\n{Output}");
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(15));
            }
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            // Already gone, or stuck: nothing more a test can do about it.
        }
        process.Dispose();
        try
        {
            Directory.Delete(dataPath, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open; the temp folder is cleaned by the OS eventually.
        }
    }

    /// <summary>SUITE_ROOT, or the nearest folder above the test assembly that holds Suite.sln.</summary>
    public static string RepositoryRoot()
    {
        var fromEnv = Environment.GetEnvironmentVariable("SUITE_ROOT");
        if (!string.IsNullOrWhiteSpace(fromEnv)) return Path.GetFullPath(fromEnv);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Suite.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException(
            $"Cannot find the repository root (no Suite.sln above {AppContext.BaseDirectory}); set SUITE_ROOT.");
    }

    /// <summary>
    /// The host built with the configuration these tests were built with (./test builds Release),
    /// else the most recently built one.
    /// </summary>
    private static string HostDll(string contentRoot)
    {
        var bin = Path.Combine(contentRoot, "bin");
        var configuration = typeof(SuiteProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration;
        if (string.IsNullOrEmpty(configuration))
            configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent?.Name;
        var preferred = Path.Combine(bin, configuration ?? "Release", "net10.0", "Suite.Host.dll");
        if (File.Exists(preferred)) return preferred;

        var any = Directory.Exists(bin)
            ? Directory.GetFiles(bin, "Suite.Host.dll", SearchOption.AllDirectories)
                .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == "net10.0")
                .OrderByDescending(File.GetLastWriteTimeUtc)
                .FirstOrDefault()
            : null;
        return any ?? throw new InvalidOperationException(
            $"The host is not built: {preferred} does not exist. Build it first: dotnet build host/Suite.Host -c {configuration}.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
