using System.Net;
using System.Net.Http.Json;
using Shouldly;
using Xunit;

namespace Suite.Host.Tests;

/// <summary>
/// Behind a reverse proxy every request comes from the proxy: without forwarded headers all visitors shared
/// one sign-in and one web-form bucket, and cookies were never Secure.
/// </summary>
public sealed class ReverseProxyTests(ProxiedHost host) : IClassFixture<ProxiedHost>
{
    [Fact]
    public async Task Should_Give_Two_Clients_Behind_A_Trusted_Proxy_Their_Own_Sign_In_Buckets()
    {
        var userName = Unique("anna");
        var first = host.From(ProxiedHost.Proxy, "198.51.100.1");
        (await FailedSignInsAsync(first, userName, ProxiedHost.AttemptsPerMinute + 1)).Last().ShouldBe(HttpStatusCode.TooManyRequests);

        var second = host.From(ProxiedHost.Proxy, "198.51.100.2");
        (await SignInAsync(second, userName)).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_Not_Lock_Sign_In_For_Another_User_When_Someone_Hammers_One_Account()
    {
        var hammered = Unique("boris");
        var attacker = host.From(ProxiedHost.Proxy, "198.51.100.10");
        (await FailedSignInsAsync(attacker, hammered, ProxiedHost.AttemptsPerMinute + 1)).Last().ShouldBe(HttpStatusCode.TooManyRequests);

        (await SignInAsync(host.From(ProxiedHost.Proxy, "198.51.100.11"), Unique("dina"))).ShouldBe(HttpStatusCode.Unauthorized);
        // Colleagues behind one office address are counted per account too.
        (await SignInAsync(attacker, Unique("dina"))).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_Ignore_X_Forwarded_For_From_A_Peer_That_Is_Not_A_Known_Proxy()
    {
        var userName = Unique("vlad");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= ProxiedHost.AttemptsPerMinute; i++)
            statuses.Add(await SignInAsync(host.From(ProxiedHost.Stranger, $"198.51.100.{100 + i}"), userName));

        statuses.Take(ProxiedHost.AttemptsPerMinute).ShouldAllBe(s => s == HttpStatusCode.Unauthorized);
        statuses.Last().ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Should_Count_Web_Form_Submissions_Per_Client_Behind_A_Trusted_Proxy()
    {
        var form = await (await host.AdminAsync()).PostAsJsonAsync("/api/crm/web-forms", new { name = Unique("Форма") });
        form.EnsureSuccessStatusCode();
        var submitUrl = (await form.Content.ReadFromJsonAsync<WebForm>())!.SubmitUrl;

        var first = host.From(ProxiedHost.Proxy, "198.51.100.20");
        for (var i = 0; i < ProxiedHost.SubmitsPerMinute; i++)
            (await SubmitAsync(first, submitUrl)).ShouldBe(HttpStatusCode.Accepted);
        (await SubmitAsync(first, submitUrl)).ShouldBe(HttpStatusCode.TooManyRequests);

        (await SubmitAsync(host.From(ProxiedHost.Proxy, "198.51.100.21"), submitUrl)).ShouldBe(HttpStatusCode.Accepted);
        // A stranger cannot claim a fresh address to get round the limit.
        var stranger = host.From(ProxiedHost.Stranger, "198.51.100.22");
        for (var i = 0; i < ProxiedHost.SubmitsPerMinute; i++)
            (await SubmitAsync(stranger, submitUrl)).ShouldBe(HttpStatusCode.Accepted);
        (await SubmitAsync(host.From(ProxiedHost.Stranger, "198.51.100.23"), submitUrl)).ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Should_Mark_Cookies_Secure_When_A_Trusted_Proxy_Forwards_Https()
    {
        var secure = await CookiesAfterSignInAsync(host.From(ProxiedHost.Proxy, "198.51.100.30", "https"));
        secure.Keys.ShouldBeSubsetOf(["XSRF-TOKEN", "suite.antiforgery", "suite.auth", "suite.authC1", "suite.authC2", "suite.authC3"]);
        secure.Keys.ShouldContain("XSRF-TOKEN");
        secure.Keys.ShouldContain("suite.antiforgery");
        secure.Keys.ShouldContain("suite.auth");
        secure.Values.ShouldAllBe(c => c.Contains("; secure", StringComparison.OrdinalIgnoreCase));

        var forged = await CookiesAfterSignInAsync(host.From(ProxiedHost.Stranger, "198.51.100.31", "https"));
        forged.Values.ShouldAllBe(c => !c.Contains("; secure", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Signs admin in with a cookie and asks who is signed in (which issues the antiforgery cookies).</summary>
    private static async Task<Dictionary<string, string>> CookiesAfterSignInAsync(HttpClient client)
    {
        var login = await client.PostAsJsonAsync("/api/account/login?useCookies=true", new { userName = "admin", password = Suite.TestBase.SuiteHost.AdminPassword });
        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        var me = new HttpRequestMessage(HttpMethod.Get, "/api/account/me");
        me.Headers.Add("Cookie", string.Join("; ", login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]))); // a large cookie comes in chunks
        var answer = await client.SendAsync(me);
        answer.StatusCode.ShouldBe(HttpStatusCode.OK);
        return login.Headers.GetValues("Set-Cookie").Concat(answer.Headers.GetValues("Set-Cookie"))
            .ToDictionary(c => c[..c.IndexOf('=')], c => c);
    }

    private static async Task<List<HttpStatusCode>> FailedSignInsAsync(HttpClient client, string userName, int count)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
            statuses.Add(await SignInAsync(client, userName));
        statuses.Take(ProxiedHost.AttemptsPerMinute).ShouldAllBe(s => s == HttpStatusCode.Unauthorized);
        return statuses;
    }

    private static async Task<HttpStatusCode> SignInAsync(HttpClient client, string userName) =>
        (await client.PostAsJsonAsync("/api/account/login", new { userName, password = "Wrong-Password-1" })).StatusCode;

    private static async Task<HttpStatusCode> SubmitAsync(HttpClient client, string submitUrl) =>
        (await client.PostAsJsonAsync(submitUrl, new { name = "Гость", phone = "+7 900 1234567" })).StatusCode;

    private static string Unique(string name) => $"{name}-{Guid.NewGuid():N}"[..16];

    private sealed record WebForm(string SubmitUrl);
}
