using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Suite.TestBase;

/// <summary>
/// Debian's Prometheus (/usr/bin/prometheus, installed by ./test) scraping one target every second, with its storage in a temp
/// folder; asked through its HTTP API as a dashboard would ask it, and stopped with its folder deleted.
/// </summary>
public sealed class PrometheusServer : IAsyncDisposable
{
    public const string Binary = "/usr/bin/prometheus";

    private readonly Process _process;
    private readonly string _folder;
    private readonly HttpClient _http;

    private PrometheusServer(Process process, string folder, int port)
    {
        _process = process;
        _folder = folder;
        _http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };
    }

    public static async Task<PrometheusServer> StartAsync(Uri target, string job = "suite")
    {
        var folder = Directory.CreateTempSubdirectory("suite-prometheus-").FullName;
        var config = Path.Combine(folder, "prometheus.yml");
        await File.WriteAllTextAsync(config, $"""
            global:
              scrape_interval: 1s
              scrape_timeout: 1s
            scrape_configs:
              - job_name: {job}
                metrics_path: /metrics
                static_configs:
                  - targets: ["{target.Authority}"]
            """);
        var port = HostProcess.FreePort();
        var process = Process.Start(new ProcessStartInfo(Binary,
        [
            $"--config.file={config}", $"--storage.tsdb.path={Path.Combine(folder, "data")}", $"--web.listen-address=127.0.0.1:{port}",
            "--log.level=warn",
        ])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var server = new PrometheusServer(process, folder, port);
        await Eventually.Until(async () =>
        {
            if (process.HasExited)
                throw new InvalidOperationException($"Prometheus stopped (exit {process.ExitCode}).");
            try
            {
                return (await server._http.GetAsync("/-/ready")).IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, TimeSpan.FromSeconds(60), "Prometheus to be ready");
        return server;
    }

    /// <summary>The first value of an instant query (<c>/api/v1/query</c>), or null while it has none.</summary>
    public async Task<double?> QueryAsync(string promQl)
    {
        var response = await _http.GetAsync("/api/v1/query?query=" + Uri.EscapeDataString(promQl));
        response.EnsureSuccessStatusCode();
        var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("data").GetProperty("result");
        return result.GetArrayLength() == 0
            ? null
            : double.Parse(result[0].GetProperty("value")[1].GetString()!, CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try { Directory.Delete(_folder, true); } catch (IOException) { }
    }
}
