using System.Net;
using System.Net.Http.Json;
using System.Net.Security;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Shouldly;

namespace Suite.IntegrationTests.Proxy;

/// <summary>
/// A browser at one client address talking to nginx over TLS: its own cookies (the sign-in cookie and XSRF-TOKEN, as
/// Angular keeps them), its TCP connections bound to <see cref="SourceAddress"/> (loopback has all of 127.0.0.0/8, so
/// 127.0.0.2 and 127.0.0.3 are two clients to nginx), and the test's self-signed certificate accepted.
/// </summary>
internal sealed class Browser : IDisposable
{
    private readonly NginxProxy _proxy;

    public Browser(NginxProxy proxy, string sourceAddress = "127.0.0.1")
    {
        _proxy = proxy;
        SourceAddress = IPAddress.Parse(sourceAddress);
        Http = new HttpClient(Handler(), disposeHandler: true) { BaseAddress = proxy.Address, Timeout = TimeSpan.FromSeconds(60) };
    }

    public IPAddress SourceAddress { get; }
    public CookieContainer Cookies { get; } = new();
    public HttpClient Http { get; }

    public string? XsrfToken => Cookies.GetCookies(_proxy.Address)["XSRF-TOKEN"]?.Value;

    /// <summary>Signs in as the web app does (useCookies=true); the answer for the caller to check.</summary>
    public Task<HttpResponseMessage> SignInAsync(string userName, string password) =>
        Http.PostAsJsonAsync("/api/account/login?useCookies=true", new { userName, password });

    /// <summary>Signed in, and with the XSRF-TOKEN cookie, which the web app's first call (/api/account/me) brings.</summary>
    public async Task<Browser> SignedInAsync(string userName, string password)
    {
        (await SignInAsync(userName, password)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Http.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        return this;
    }

    /// <summary>A state-changing request as Angular sends it: the XSRF-TOKEN cookie's value in X-XSRF-TOKEN.</summary>
    public Task<HttpResponseMessage> PostAsync(string path, HttpContent content, bool withToken = true, bool expectContinue = false)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (withToken)
            request.Headers.Add("X-XSRF-TOKEN", XsrfToken ?? throw new InvalidOperationException("Not signed in: no XSRF-TOKEN cookie."));
        if (expectContinue)
            request.Headers.ExpectContinue = true;
        return Http.SendAsync(request);
    }

    /// <summary>The live notifications hub through nginx, over WebSockets only (no fallback that would hide a broken upgrade).</summary>
    public async Task<HubConnection> ConnectHubAsync(Action<JsonElement> onNotification)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(_proxy.Address, "/hubs/notifications"), o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.Cookies = Cookies;
                o.HttpMessageHandlerFactory = _ => Handler();
                o.WebSocketConfiguration = ws => ws.RemoteCertificateValidationCallback = (_, _, _, _) => true;
            })
            .Build();
        connection.On<JsonElement>("notification", onNotification);
        await connection.StartAsync();
        return connection;
    }

    private SocketsHttpHandler Handler() => new()
    {
        CookieContainer = Cookies,
        AllowAutoRedirect = false,
        SslOptions = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = (_, _, _, _) => true },
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(SourceAddress, 0));
                await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, context.DnsEndPoint.Port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };

    public void Dispose() => Http.Dispose();
}
