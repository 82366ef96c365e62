using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Shouldly;
using Xunit.Abstractions;

namespace Suite.E2E;

/// <summary>The admin's view of the machinery: the system page and the audit log, found from the menu.</summary>
public sealed class AdminTests(SuiteFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task Should_Show_The_Running_System_And_Find_A_Managers_New_Company_In_The_Audit_Log_By_Her_Name() =>
        InBrowserAsync(nameof(Should_Show_The_Running_System_And_Find_A_Managers_New_Company_In_The_Audit_Log_By_Her_Name), async page =>
        {
            var name = $"ООО «Аудит {Guid.NewGuid().ToString("N")[..8]}»";
            using (var anna = await E2EApi.SignInAsync(Fixture, "anna", "Demo123!"))
                await E2EApi.IdAsync(await anna.PostAsJsonAsync("/api/crm/companies", new { name }));

            await SignInAsync(page, "admin", "Admin123!");
            await Expect(page.GetByTestId("current-user")).ToHaveTextAsync("admin");
            await page.GetByTestId("nav-system").ClickAsync();
            await Expect(page.GetByTestId("page-title")).ToHaveTextAsync("Система");
            await Expect(page.GetByTestId("system-version")).ToHaveTextAsync(new Regex(@"^1\.0\.0"));
            await Expect(page.GetByTestId("system-check-name").Filter(new() { HasText = "database-crm" })).ToHaveCountAsync(1);
            await Expect(page.GetByTestId("system-backlog-module").Filter(new() { HasTextRegex = new Regex("^CRM$") })).ToHaveCountAsync(1);
            await Expect(page.GetByTestId("parked-empty")).ToBeVisibleAsync();

            await page.GetByTestId("nav-audit").ClickAsync();
            await Expect(page.GetByTestId("page-title")).ToHaveTextAsync("Журнал изменений");
            await page.GetByTestId("audit-user").FillAsync("anna");
            await page.GetByTestId("audit-user-option").Filter(new() { HasText = "anna" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("userId=[0-9a-f-]{36}"));
            var row = page.GetByTestId("audit-row").Filter(new() { HasText = name });
            await Expect(row).ToHaveCountAsync(1);
            await Expect(row.GetByTestId("audit-row-user")).ToHaveTextAsync("Анна Смирнова");
            await Expect(row.GetByTestId("audit-row-kind")).ToHaveTextAsync("Создана");
            await Expect(row.GetByTestId("audit-row-changes")).ToContainTextAsync(name);

            await row.GetByTestId("audit-row-name").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("entityId=[0-9a-f-]{36}"));
            await Expect(page.GetByTestId("audit-row")).ToHaveCountAsync(1);
            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("audit-export").ClickAsync());
            download.SuggestedFilename.ShouldStartWith("audit-log-");
            download.SuggestedFilename.ShouldEndWith(".xlsx");
        });
}
