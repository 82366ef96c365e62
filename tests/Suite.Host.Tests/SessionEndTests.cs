using System.Net;
using System.Net.Http.Json;
using Shouldly;
using Suite.TestBase;
using static Suite.TestBase.ResponseJson;
using Xunit;

namespace Suite.Host.Tests;

/// <summary>A host that re-checks sessions every second instead of every minute, so the tests can poll for the end of one.</summary>
public sealed class QuickSessionCheckHost : SuiteHost
{
    public QuickSessionCheckHost() : base(Framework.Data.DatabaseProvider.Sqlite) => With("Suite:Identity:SessionCheckInterval", "00:00:01");
}

/// <summary>
/// After logout, a password change (own or reset), a role change or disabling, the user's bearer tokens and cookies stop
/// working within the session check interval (a minute; a second here).
/// </summary>
public sealed class SessionEndTests(QuickSessionCheckHost host) : IClassFixture<QuickSessionCheckHost>
{
    public static TheoryData<string> Triggers => ["logout", "change-password", "reset-password", "roles", "disable"];

    [Theory]
    [MemberData(nameof(Triggers))]
    public async Task Should_End_The_Bearer_Token_After(string trigger)
    {
        var (_, id, userName) = await NewUserAsync();
        var token = await host.SignInAsync(userName, SuiteHost.UserPassword);
        (await token.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await EndSessionAsync(trigger, id, userName, bearer: token, browser: null);

        await Eventually.Until(async () => (await token.GetAsync("/api/account/me")).StatusCode == HttpStatusCode.Unauthorized,
            TimeSpan.FromSeconds(15), $"the bearer token to stop working after {trigger}");
    }

    [Theory]
    [MemberData(nameof(Triggers))]
    public async Task Should_End_The_Cookie_After(string trigger)
    {
        var (_, id, userName) = await NewUserAsync();
        var browser = await BrowserSession.SignInAsync(host, userName, SuiteHost.UserPassword);
        var stolen = BrowserSession.WithCookie(host, browser.AuthCookie);
        (await stolen.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await EndSessionAsync(trigger, id, userName, bearer: null, browser: browser);

        await Eventually.Until(async () => (await stolen.GetAsync("/api/account/me")).StatusCode == HttpStatusCode.Unauthorized,
            TimeSpan.FromSeconds(15), $"the cookie to stop working after {trigger}");
    }

    [Fact]
    public async Task Should_Keep_The_Browser_Signed_In_That_Changed_Its_Own_Password()
    {
        var (_, _, userName) = await NewUserAsync();
        var browser = await BrowserSession.SignInAsync(host, userName, SuiteHost.UserPassword);
        var old = BrowserSession.WithCookie(host, browser.AuthCookie);

        (await browser.PostAsync("/api/account/change-password", new { currentPassword = SuiteHost.UserPassword, newPassword = "Brand-New-Pass-9" }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await Eventually.Until(async () => (await old.GetAsync("/api/account/me")).StatusCode == HttpStatusCode.Unauthorized,
            TimeSpan.FromSeconds(15), "the old cookie to stop working");
        (await browser.Client.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private async Task<(HttpClient Client, Guid Id, string UserName)> NewUserAsync()
    {
        var userName = "s-" + Guid.NewGuid().ToString("N")[..12];
        var (client, id) = await host.UserAsync("sales", userName);
        return (client, id, userName);
    }

    /// <summary>Does what ends the session: the user themself for logout and their own password, an admin for the rest.</summary>
    private async Task EndSessionAsync(string trigger, Guid id, string userName, HttpClient? bearer, BrowserSession? browser)
    {
        var admin = await host.AdminAsync();
        HttpResponseMessage response;
        switch (trigger)
        {
            case "logout":
                response = browser is not null ? await browser.PostAsync("/api/account/logout") : await bearer!.PostAsync("/api/account/logout", null);
                break;
            case "change-password":
                var change = new { currentPassword = SuiteHost.UserPassword, newPassword = "Changed-Pass-77" };
                // A different session of the user changes it: the one under test must end even if it did not take part.
                var other = await host.SignInAsync(userName, SuiteHost.UserPassword);
                response = await other.PostAsJsonAsync("/api/account/change-password", change);
                break;
            case "reset-password":
                response = await admin.PostAsJsonAsync($"/api/identity/users/{id}/reset-password", new { password = "Reset-Pass-77" });
                break;
            case "roles":
                var user = await Json(await admin.GetAsync($"/api/identity/users/{id}"));
                response = await admin.PutAsJsonAsync($"/api/identity/users/{id}", new
                {
                    fullName = user.GetProperty("fullName").GetString(), email = user.GetProperty("email").GetString(),
                    roles = new[] { "warehouse" }, concurrencyStamp = user.GetProperty("concurrencyStamp").GetString(),
                });
                break;
            case "disable":
                response = await admin.PostAsync($"/api/identity/users/{id}/disable", null);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(trigger), trigger, null);
        }

        response.IsSuccessStatusCode.ShouldBeTrue($"{trigger}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
