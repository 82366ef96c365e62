using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Suite.TestBase;

namespace Suite.IntegrationTests.Proxy;

/// <summary>
/// Debian's nginx (/usr/sbin/nginx) run by the test with deploy/nginx/suite.conf, the documented file itself: only the
/// lines its comments mark "test:" change (loopback ports, the hosts, a certificate made here with openssl, the
/// attachment cap), and one header is added that names the host which served each response, so a test can tell them apart.
/// TLS stays on, so Suite sees X-Forwarded-Proto https as in production.
/// </summary>
internal sealed partial class NginxProxy : IAsyncDisposable
{
    public const string UpstreamHeader = "X-Suite-Upstream";

    private readonly Process _process;
    private readonly string _folder;

    private NginxProxy(Process process, string folder, int httpsPort, int httpPort)
    {
        _process = process;
        _folder = folder;
        HttpsPort = httpsPort;
        HttpPort = httpPort;
    }

    public int HttpsPort { get; }
    public int HttpPort { get; }
    public Uri Address => new($"https://localhost:{HttpsPort}");

    public static async Task<NginxProxy> StartAsync(IReadOnlyList<int> hostPorts, long attachmentBodyBytes)
    {
        var folder = Directory.CreateTempSubdirectory("suite-nginx-").FullName;
        await MakeCertificateAsync(folder);
        var (https, http) = (FreePort(), FreePort());
        var site = Configure(await File.ReadAllTextAsync(DocumentedFile()), folder, hostPorts, https, http, attachmentBodyBytes);
        await File.WriteAllTextAsync(Path.Combine(folder, "suite.conf"), site);
        // What Debian's /etc/nginx/nginx.conf gives a site, minus what needs root (user, /var paths).
        await File.WriteAllTextAsync(Path.Combine(folder, "nginx.conf"), $$"""
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            worker_processes 1;
            events { worker_connections 256; }
            http {
                include /etc/nginx/mime.types;
                access_log off;
                client_body_temp_path {{folder}}/body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
                include {{folder}}/suite.conf;
            }
            """);

        var process = Process.Start(new ProcessStartInfo("/usr/sbin/nginx", ["-p", folder, "-c", Path.Combine(folder, "nginx.conf"), "-g", "daemon off;"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        var proxy = new NginxProxy(process, folder, https, http);
        await Eventually.Until(async () =>
        {
            if (process.HasExited)
                throw new InvalidOperationException($"nginx exited with {process.ExitCode}: {await process.StandardError.ReadToEndAsync()}");
            using var probe = new TcpClient();
            try
            {
                await probe.ConnectAsync(IPAddress.Loopback, https);
                return true;
            }
            catch (SocketException)
            {
                return false;
            }
        }, TimeSpan.FromSeconds(20), "nginx to listen");
        return proxy;
    }

    /// <summary>The documented site with the "test:" lines set for loopback; fails if a marked line is missing, so the file and the test cannot drift apart.</summary>
    private static string Configure(string site, string folder, IReadOnlyList<int> hostPorts, int https, int http, long attachmentBodyBytes)
    {
        var hosts = string.Join("\n", hostPorts.Select(p => $"    server 127.0.0.1:{p} max_fails=3 fail_timeout=10s;"));
        var lines = new List<string>();
        var hostsWritten = new HashSet<int>();
        var upstream = 0;
        foreach (var line in site.Split('\n'))
        {
            if (line.StartsWith("upstream ", StringComparison.Ordinal))
                upstream++;
            var marker = Marker().Match(line);
            if (!marker.Success)
            {
                lines.Add(line);
                // The one addition: which host answered (never in production, it names internal addresses).
                if (line.Trim() == "proxy_set_header Connection        $suite_connection;")
                    lines.Add($"    add_header {UpstreamHeader} $upstream_addr always;");
                continue;
            }
            switch (marker.Groups[1].Value)
            {
                case "hosts":
                    if (hostsWritten.Add(upstream))
                        lines.Add(hosts);
                    break;
                case "http":
                    if (!line.Contains("[::]")) lines.Add($"    listen 127.0.0.1:{http};");
                    break;
                case "https":
                    if (!line.Contains("[::]")) lines.Add($"    listen 127.0.0.1:{https} ssl http2;");
                    break;
                case "name": lines.Add("    server_name localhost;"); break;
                case "certificate": lines.Add($"    ssl_certificate {folder}/certificate.pem;"); break;
                case "key": lines.Add($"    ssl_certificate_key {folder}/key.pem;"); break;
                case "attachments": lines.Add($"        client_max_body_size {attachmentBodyBytes};"); break;
                default: throw new InvalidOperationException($"Unknown test marker in suite.conf: {line}");
            }
        }
        var result = string.Join('\n', lines);
        foreach (var needed in new[] { "ssl_certificate_key", "client_max_body_size " + attachmentBodyBytes, UpstreamHeader, $"listen 127.0.0.1:{http};" })
            if (!result.Contains(needed))
                throw new InvalidOperationException($"deploy/nginx/suite.conf lost a line the test sets ({needed}).");
        return result;
    }

    [GeneratedRegex(@"#\s*test:\s*(\w+)")]
    private static partial Regex Marker();

    private static string DocumentedFile()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var file = Path.Combine(folder.FullName, "deploy", "nginx", "suite.conf");
            if (File.Exists(file))
                return file;
        }
        throw new FileNotFoundException("deploy/nginx/suite.conf not found above " + AppContext.BaseDirectory);
    }

    /// <summary>A self-signed certificate for localhost, made now (clients in the tests accept it explicitly).</summary>
    private static async Task MakeCertificateAsync(string folder)
    {
        using var openssl = Process.Start(new ProcessStartInfo("openssl",
            ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
             "-keyout", Path.Combine(folder, "key.pem"), "-out", Path.Combine(folder, "certificate.pem")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        var errors = openssl.StandardError.ReadToEndAsync();
        await openssl.WaitForExitAsync();
        if (openssl.ExitCode != 0)
            throw new InvalidOperationException($"openssl could not make a certificate: {await errors}");
    }

    private static int FreePort()
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
        if (Environment.GetEnvironmentVariable("SUITE_TEST_KEEP_NGINX") is null) try { Directory.Delete(_folder, true); } catch (IOException) { }
    }
}
