using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Suite.Framework.Data;
using Suite.TestBase;

namespace Suite.Host.Tests;

/// <summary>
/// The host behind a reverse proxy at <see cref="Proxy"/>, with low sign-in and web-form limits. The in-memory
/// server has no network peer, so a request names its peer in <see cref="PeerHeader"/>.
/// </summary>
public class ProxiedHost : SuiteHost
{
    public const string Proxy = "10.20.0.5";
    public const string Stranger = "203.0.113.9";
    public const string PeerHeader = "X-Test-Peer";
    public const int AttemptsPerMinute = 3;
    public const int SubmitsPerMinute = 2;

    public ProxiedHost() : base(DatabaseProvider.Sqlite)
    {
    }

    protected ProxiedHost(DatabaseProvider provider) : base(provider)
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        With("Suite:Proxy:KnownProxies", Proxy);
        With("Suite:Login:AttemptsPerMinute", AttemptsPerMinute.ToString());
        With("Crm:WebForms:SubmitsPerMinute", SubmitsPerMinute.ToString());
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddSingleton<IStartupFilter, PeerAddress>());
    }

    /// <summary>A client that connects from <paramref name="peer"/> and, when given, forwards for <paramref name="client"/>.</summary>
    public HttpClient From(string peer, string? client = null, string? scheme = null)
    {
        var http = Anonymous();
        http.DefaultRequestHeaders.Add(PeerHeader, peer);
        if (client is not null)
            http.DefaultRequestHeaders.Add("X-Forwarded-For", client);
        if (scheme is not null)
            http.DefaultRequestHeaders.Add("X-Forwarded-Proto", scheme);
        return http;
    }

    private sealed class PeerAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, nextMiddleware) =>
            {
                if (http.Request.Headers.TryGetValue(PeerHeader, out var peer))
                    http.Connection.RemoteIpAddress = IPAddress.Parse(peer.ToString());
                return nextMiddleware();
            });
            next(app);
        };
    }
}

public sealed class ProxiedPostgreSqlHost() : ProxiedHost(DatabaseProvider.PostgreSql);
