using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Suite.E2E;

/// <summary>
/// A client's website for a test: one HTML page on its own loopback port, so a web form snippet runs on another origin
/// than Suite's, as on a real site (and, being on loopback too, Chromium lets it reach Suite).
/// </summary>
internal sealed class WebsitePage : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly byte[] page;
    private readonly Task serving;

    private WebsitePage(string html, int port)
    {
        page = Encoding.UTF8.GetBytes(html);
        Url = $"http://127.0.0.1:{port}/zamer.html";
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        serving = ServeAsync();
    }

    public string Url { get; }

    public static WebsitePage Serve(string html)
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new WebsitePage(html, port);
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return; // stopped
            }
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.ContentLength64 = page.Length;
            await context.Response.OutputStream.WriteAsync(page);
            context.Response.Close();
        }
    }

    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        listener.Close();
        await serving;
    }
}
