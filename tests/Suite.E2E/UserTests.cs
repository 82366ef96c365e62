using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Suite.E2E;

public sealed class UserTests(SuiteFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task Should_Let_An_Admin_Create_A_User_Who_Signs_In_And_Is_Shut_Out_Once_Disabled() =>
        InBrowserAsync(nameof(Should_Let_An_Admin_Create_A_User_Who_Signs_In_And_Is_Shut_Out_Once_Disabled), async page =>
        {
            var userName = "e2e" + Guid.NewGuid().ToString("N")[..8];
            const string password = "Elena-Pass-123";
            await SignInAsync(page, "admin", "Admin123!");
            await Expect(page.GetByTestId("current-user")).ToHaveTextAsync("admin");

            await page.GetByTestId("nav-users").ClickAsync();
            await Expect(page.GetByTestId("page-title")).ToHaveTextAsync("Пользователи");
            await page.GetByTestId("users-new").ClickAsync();
            await page.GetByTestId("user-user-name").FillAsync(userName);
            await page.GetByTestId("user-password").FillAsync(password);
            await page.GetByTestId("user-full-name").FillAsync("Елена Тестова");
            await page.GetByTestId("user-position").FillAsync("Менеджер по продажам");
            await page.GetByTestId("user-roles").ClickAsync();
            await page.GetByRole(Microsoft.Playwright.AriaRole.Option, new() { Name = "Продажи" }).ClickAsync();
            await page.Keyboard.PressAsync("Escape");
            await page.GetByTestId("user-save").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/admin/users/[0-9a-f-]{36}$"));
            await Expect(page.GetByTestId("user-state")).ToContainTextAsync("Активен");

            await using var userContext = await Fixture.NewContextAsync();
            var userPage = await userContext.NewPageAsync();
            await SignInAsync(userPage, userName, password);
            await Expect(userPage.GetByTestId("current-user")).ToHaveTextAsync(userName);

            await page.GetByTestId("user-disable").ClickAsync();
            await page.GetByTestId("confirm-ok").ClickAsync();
            await Expect(page.GetByTestId("user-state")).ToContainTextAsync("Отключён");

            // The user's next request fails: the app finds itself signed out and shows the sign-in page.
            await userPage.ReloadAsync();
            await Expect(userPage.GetByTestId("login-username")).ToBeVisibleAsync();
            await SignInAsync(userPage, userName, password);
            await Expect(userPage.GetByTestId("login-error")).ToBeVisibleAsync();
        });
}
