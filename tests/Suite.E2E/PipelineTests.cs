using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Suite.E2E;

public sealed class PipelineTests(SuiteFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task Should_Create_A_Pipeline_With_An_Extra_Stage_And_Show_It_On_The_Board() =>
        InBrowserAsync(nameof(Should_Create_A_Pipeline_With_An_Extra_Stage_And_Show_It_On_The_Board), async page =>
        {
            var name = $"Опт {Guid.NewGuid().ToString("N")[..8]}";
            await SignInAsync(page, "admin", "Admin123!");
            await Expect(page.GetByTestId("current-user")).ToHaveTextAsync("admin");

            await page.GetByTestId("nav-pipelines").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/crm/pipelines$"));
            await page.GetByTestId("pipelines-new").ClickAsync();
            await page.GetByTestId("pipeline-name").FillAsync(name);
            await page.GetByTestId("stage-add").ClickAsync();
            // The new open stage goes before the won and lost ones: third of five.
            var stages = page.GetByTestId("pipeline-stage");
            await Expect(stages).ToHaveCountAsync(5);
            await stages.Nth(2).GetByTestId("stage-name").FillAsync("Счёт выставлен");
            await page.GetByTestId("pipeline-save").ClickAsync();

            await Expect(page.GetByTestId("pipelines-item").Filter(new LocatorFilterOptions { HasText = name })).ToHaveCountAsync(1);
            await Expect(page.GetByTestId("pipeline-stage").Nth(2).GetByTestId("stage-name")).ToHaveValueAsync("Счёт выставлен");

            await page.GotoAsync("/crm/deals");
            await page.GetByTestId("pipeline-select").ClickAsync();
            await page.GetByRole(AriaRole.Option, new PageGetByRoleOptions { Name = name }).ClickAsync();
            await Expect(page.GetByTestId("board-column")).ToHaveCountAsync(5);
            await Expect(page.GetByTestId("board-column").Nth(2)).ToContainTextAsync("Счёт выставлен");
        });
}
