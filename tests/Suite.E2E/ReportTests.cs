using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Suite.E2E;

public sealed class ReportTests(SuiteFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task Should_Show_The_Funnel_And_The_Manager_Ranking_Over_The_Demo_Deals() =>
        InBrowserAsync(nameof(Should_Show_The_Funnel_And_The_Manager_Ranking_Over_The_Demo_Deals), async page =>
        {
            await SignInAsync(page, "admin", "Admin123!");
            await Expect(page.GetByTestId("current-user")).ToHaveTextAsync("admin");

            await page.GetByTestId("nav-reports").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/crm/reports$"));

            // The default pipeline: five open stages, won and lost; every demo deal was at least in the first stage.
            var stages = page.GetByTestId("funnel-stage");
            await Expect(stages).ToHaveCountAsync(7);
            await Expect(stages.First).ToHaveAttributeAsync("data-stage", "Первый звонок");
            await Expect(stages.First.GetByTestId("funnel-count")).Not.ToHaveTextAsync("0");

            await page.GetByRole(Microsoft.Playwright.AriaRole.Tab, new() { Name = "Рейтинг менеджеров" }).ClickAsync();
            await Expect(page.GetByTestId("ranking-row").First).ToBeVisibleAsync();

            // A period with no deals empties the funnel.
            await page.GetByTestId("filter-to").FillAsync("2000-01-01");
            await Expect(stages.First.GetByTestId("funnel-count")).ToHaveTextAsync("0");
        });
}
