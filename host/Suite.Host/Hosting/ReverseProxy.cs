using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Suite.Framework.Hosting;
using IPNetwork = System.Net.IPNetwork;

namespace Suite.Host.Hosting;

/// <summary>
/// Behind a reverse proxy every request comes from the proxy's address over plain HTTP. The client's address
/// and scheme are taken from X-Forwarded-For and X-Forwarded-Proto, but only when the request comes from a
/// proxy named in <c>Suite:Proxy:KnownProxies</c> (addresses) or <c>Suite:Proxy:KnownNetworks</c> (CIDR
/// ranges), or from this machine (loopback): anyone else could claim any address and so escape the sign-in
/// and web-form rate limits. Rate limits, cookies' Secure flag and HSTS then see the real client.
/// </summary>
internal static class ReverseProxy
{
    public const string KnownProxiesSetting = "Suite:Proxy:KnownProxies";
    public const string KnownNetworksSetting = "Suite:Proxy:KnownNetworks";

    // Read when the pipeline is built, so a mistyped address stops the start with a StartupException.
    public static IServiceCollection AddReverseProxy(this IServiceCollection services, IConfiguration configuration) =>
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The defaults trust loopback only; the configured proxies are added to them.
            foreach (var value in Values(configuration, KnownProxiesSetting))
                o.KnownProxies.Add(IPAddress.TryParse(value, out var address)
                    ? address
                    : throw new StartupException($"{KnownProxiesSetting}: '{value}' is not an IP address."));
            foreach (var value in Values(configuration, KnownNetworksSetting))
                o.KnownIPNetworks.Add(IPNetwork.TryParse(value, out var network)
                    ? network
                    : throw new StartupException($"{KnownNetworksSetting}: '{value}' is not a network such as 10.0.0.0/8."));
        });

    /// <summary>First in the pipeline, so everything after it sees the client's address and scheme.</summary>
    public static IApplicationBuilder UseReverseProxy(this IApplicationBuilder app) => app.UseForwardedHeaders();

    /// <summary>An array in JSON, or one string separated by commas or semicolons (handy in an environment variable).</summary>
    internal static IEnumerable<string> Values(IConfiguration configuration, string key)
    {
        var section = configuration.GetSection(key);
        var values = section.Value is { } single ? [single] : section.GetChildren().Select(c => c.Value ?? "");
        return values.SelectMany(v => v.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
