using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Shouldly;
using Suite.TestBase;
using Xunit;

namespace Suite.Host.Tests;

public sealed class SecurityHeadersTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/crm/companies")]
    [InlineData("/api/no-such-thing")]
    [InlineData("/api/account/me")]
    [InlineData("/health/live")]
    public async Task Should_Forbid_Sniffing_Framing_Referrers_And_Foreign_Or_Inline_Scripts(string path)
    {
        var response = await host.Anonymous().GetAsync(path);

        Header(response, "X-Content-Type-Options").ShouldBe("nosniff");
        Header(response, "X-Frame-Options").ShouldBe("DENY");
        Header(response, "Referrer-Policy").ShouldBe("same-origin");
        var policy = Directives(Header(response, "Content-Security-Policy"));
        policy["frame-ancestors"].ShouldBe("'none'");
        policy["script-src"].ShouldBe("'self'");
        policy["default-src"].ShouldBe("'self'");
        policy["object-src"].ShouldBe("'none'");
    }

    [Fact]
    public async Task Should_Keep_The_Api_Reference_Working_Under_Its_Own_Policy()
    {
        var client = host.Anonymous();
        var page = await client.GetAsync("/scalar/");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await page.Content.ReadAsStringAsync();
        html.ShouldContain("<script type=\"module\">"); // it configures itself inline
        var policy = Directives(Header(page, "Content-Security-Policy"));
        policy["script-src"].ShouldContain("'unsafe-inline'");
        policy["frame-ancestors"].ShouldBe("'none'");
        foreach (var script in Regex.Matches(html, "src=\"([^\"]+)\"").Select(m => m.Groups[1].Value))
            (await client.GetAsync("/scalar/" + script)).StatusCode.ShouldBe(HttpStatusCode.OK, script);
        (await client.GetAsync("/openapi/v1.json")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_Not_Send_Hsts_In_Embedded_Mode()
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://suite.example.com") });

        var response = await client.GetAsync("/api/account/me");

        response.Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
    }

    /// <summary>
    /// The policy allows no inline script, so the build must not contain one: Angular's critical-CSS inlining
    /// adds a script that switches the stylesheet on, and blocked, the app would stay unstyled.
    /// </summary>
    [Fact]
    public async Task Should_Serve_A_Web_App_Without_Inline_Scripts_Or_Handlers()
    {
        var index = await host.Anonymous().GetStringAsync("/");

        index.ShouldContain("<app-root");
        Regex.Matches(index, "<script(?![^>]*\\bsrc=)[^>]*>", RegexOptions.IgnoreCase).ShouldBeEmpty();
        Regex.IsMatch(index, "\\son[a-z]+\\s*=", RegexOptions.IgnoreCase).ShouldBeFalse();
    }

    internal static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new ShouldAssertException($"{name} is missing on {response.RequestMessage!.RequestUri} ({(int)response.StatusCode}).");

    private static Dictionary<string, string> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d[(d.IndexOf(' ') + 1)..]);
}

/// <summary>HSTS in server mode: a browser that once reached Suite over https never tries plain http again.</summary>
public sealed class ServerModeSecurityHeadersTests(ProxiedPostgreSqlHost host) : IClassFixture<ProxiedPostgreSqlHost>
{
    [Fact]
    public async Task Should_Send_Hsts_Over_Https_In_Server_Mode()
    {
        var direct = await host.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://suite.example.com") })
            .GetAsync("/api/account/me");
        SecurityHeadersTests.Header(direct, "Strict-Transport-Security").ShouldStartWith("max-age=31536000");

        var proxied = host.From(ProxiedHost.Proxy, "198.51.100.40", "https");
        proxied.DefaultRequestHeaders.Host = "suite.example.com";
        SecurityHeadersTests.Header(await proxied.GetAsync("/api/account/me"), "Strict-Transport-Security").ShouldStartWith("max-age=31536000");

        var plain = host.From(ProxiedHost.Stranger);
        plain.DefaultRequestHeaders.Host = "suite.example.com";
        (await plain.GetAsync("/api/account/me")).Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
    }
}
