using Microsoft.Playwright;
using Shouldly;
using Xunit.Abstractions;

namespace Suite.E2E;

public sealed class SecurityTests(SuiteFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    private readonly ITestOutputHelper output = output;

    /// <summary>
    /// The host sends a Content-Security-Policy without inline scripts; the app must work under it. Chromium
    /// reports each blocked script, style or request in the console and as a securitypolicyviolation event.
    /// </summary>
    [Fact]
    public Task Should_Sign_In_And_Open_Pages_Without_Content_Security_Policy_Violations() =>
        InBrowserAsync(nameof(Should_Sign_In_And_Open_Pages_Without_Content_Security_Policy_Violations), async page =>
        {
            var violations = new List<string>();
            page.Console += (_, message) =>
            {
                if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) violations.Add(message.Text);
            };
            page.PageError += (_, error) => violations.Add("page error: " + error);
            await page.AddInitScriptAsync(
                "document.addEventListener('securitypolicyviolation', e => console.error('Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI));");

            var response = await page.GotoAsync("/login");
            (await response!.HeaderValueAsync("content-security-policy")).ShouldContain("script-src 'self'");
            await SignInAsync(page, "admin", "Admin123!");
            await Expect(page.GetByTestId("current-user")).ToHaveTextAsync("admin");
            foreach (var section in new[] { "nav-companies", "nav-deals", "nav-reports", "nav-stock-balances" })
            {
                await page.GetByTestId(section).ClickAsync();
                await Expect(page.GetByTestId("page-title")).ToBeVisibleAsync();
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            }
            // The global stylesheet applies to the screen: critical-CSS inlining loaded it as media="print" and
            // switched it on with an inline script, which the policy blocks.
            (await page.EvaluateAsync<string[]>("[...document.querySelectorAll('link[rel=stylesheet]')].map(l => l.media || 'all')"))
                .ShouldBe(["all"]);

            violations.ShouldBeEmpty();
        });

    [Fact]
    public Task Should_Send_The_Sign_In_Page_Scripts_Compressed() =>
        InBrowserAsync(nameof(Should_Send_The_Sign_In_Page_Scripts_Compressed), async page =>
        {
            var scripts = new List<IResponse>();
            page.Response += (_, response) =>
            {
                if (response.Url.EndsWith(".js", StringComparison.Ordinal)) scripts.Add(response);
            };

            await page.GotoAsync("/login");
            await Expect(page.GetByTestId("login-submit")).ToBeVisibleAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

            long transferred = 0, decoded = 0;
            foreach (var response in scripts.ToList())
            {
                transferred += (await response.Request.SizesAsync()).ResponseBodySize;
                decoded += (await response.BodyAsync()).Length;
            }
            output.WriteLine($"Sign-in page: {scripts.Count} scripts, {decoded:N0} bytes of JavaScript, {transferred:N0} bytes transferred.");

            scripts.ShouldNotBeEmpty();
            // Brotli shrinks Angular's bundles to about a fifth; uncompressed they are ~850 KB.
            transferred.ShouldBeLessThan(decoded / 3);
        });
}
