using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Suite.E2E;

public sealed class AccountTests(SuiteFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task Should_Switch_The_Language_And_Keep_It_For_The_User() =>
        InBrowserAsync(nameof(Should_Switch_The_Language_And_Keep_It_For_The_User), async page =>
        {
            await SignInAsync(page, "dina", "Demo123!");
            await Expect(page.GetByTestId("current-user")).ToHaveTextAsync("dina");
            await page.GetByTestId("nav-companies").ClickAsync();
            var title = page.GetByTestId("page-title");
            await Expect(title).ToHaveTextAsync("Компании");

            // Wait for the server to store the choice, or signing out could overtake it.
            await page.RunAndWaitForResponseAsync(
                () => page.GetByTestId("lang-en").ClickAsync(),
                r => r.Url.EndsWith("/api/account/me/language") && r.Ok);
            await Expect(title).ToHaveTextAsync("Companies");

            await page.GetByTestId("logout").ClickAsync();
            await Expect(page.GetByTestId("login-username")).ToBeVisibleAsync();
            await SignInAsync(page, "dina", "Demo123!");
            await Expect(page.GetByTestId("current-user")).ToHaveTextAsync("dina");
            await page.GetByTestId("nav-companies").ClickAsync();
            await Expect(title).ToHaveTextAsync("Companies");

            // A new browser session starts in the default language, so this shows what the server kept.
            await using var fresh = await Fixture.NewContextAsync();
            var other = await fresh.NewPageAsync();
            await SignInAsync(other, "dina", "Demo123!");
            await Expect(other.GetByTestId("current-user")).ToHaveTextAsync("dina");
            await other.GetByTestId("nav-companies").ClickAsync();
            await Expect(other.GetByTestId("page-title")).ToHaveTextAsync("Companies");
        });

    [Fact]
    public Task Should_Reject_A_Wrong_Password() =>
        InBrowserAsync(nameof(Should_Reject_A_Wrong_Password), async page =>
        {
            await SignInAsync(page, "admin", "Wrong-password-1");

            await Expect(page.GetByTestId("login-error")).ToBeVisibleAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/login"));
            await Expect(page.GetByTestId("current-user")).ToHaveCountAsync(0);
        });

    [Fact]
    public Task Should_Hide_Companies_From_A_Warehouse_User() =>
        InBrowserAsync(nameof(Should_Hide_Companies_From_A_Warehouse_User), async page =>
        {
            await SignInAsync(page, "vlad", "Demo123!");

            await Expect(page.GetByTestId("current-user")).ToHaveTextAsync("vlad");
            await Expect(page.GetByTestId("page-title")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("nav-companies")).ToHaveCountAsync(0);
        });
}
