using System.Net;
using System.Net.Http.Json;
using Suite.TestBase;

namespace Suite.Host.Tests;

/// <summary>A browser signed in with the auth cookie: keeps cookies between requests and sends the antiforgery header on unsafe ones.</summary>
public sealed class BrowserSession
{
    private readonly CookieContainer _cookies = new();

    private BrowserSession(SuiteHost host) => Client = host.CreateDefaultClient(new CookieHandler(_cookies));

    public HttpClient Client { get; }

    /// <summary>
    /// The auth cookie as it is now, to replay it later as a thief would: as a Cookie header, with the chunks ASP.NET Core
    /// splits a large cookie into (suite.authC1, C2…) when a user's claims outgrow one cookie.
    /// </summary>
    public string AuthCookie => string.Join("; ", _cookies.GetAllCookies()
        .Where(c => c.Name == "suite.auth" || c.Name.StartsWith("suite.authC", StringComparison.Ordinal)).Select(c => $"{c.Name}={c.Value}"));

    public static async Task<BrowserSession> SignInAsync(SuiteHost host, string userName, string password)
    {
        var session = new BrowserSession(host);
        var login = await session.Client.PostAsJsonAsync("/api/account/login?useCookies=true", new { userName, password });
        login.EnsureSuccessStatusCode();
        (await session.Client.GetAsync("/api/account/me")).EnsureSuccessStatusCode(); // issues the XSRF-TOKEN cookie
        return session;
    }

    public Task<HttpResponseMessage> PostAsync(string path, object? body = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("X-XSRF-TOKEN", _cookies.GetAllCookies().Single(c => c.Name == "XSRF-TOKEN").Value);
        return Client.SendAsync(request);
    }

    /// <summary>A client that sends only the given auth cookie (<see cref="AuthCookie"/>).</summary>
    public static HttpClient WithCookie(SuiteHost host, string authCookie)
    {
        var client = host.CreateDefaultClient();
        client.DefaultRequestHeaders.Add("Cookie", authCookie);
        return client;
    }

    private sealed class CookieHandler(CookieContainer cookies) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var uri = new Uri("http://localhost" + request.RequestUri!.PathAndQuery);
            var header = cookies.GetCookieHeader(uri);
            if (header.Length > 0)
                request.Headers.Add("Cookie", header);
            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
                foreach (var setCookie in setCookies)
                    cookies.SetCookies(uri, setCookie);
            return response;
        }
    }
}
