using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Shouldly;
using Xunit.Abstractions;

namespace Suite.E2E;

public sealed class BoardTests(SuiteFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task Should_Move_A_Deal_To_Another_Column_And_Change_Both_Column_Totals() =>
        InBrowserAsync(nameof(Should_Move_A_Deal_To_Another_Column_And_Change_Both_Column_Totals), async page =>
        {
            var token = Guid.NewGuid().ToString("N")[..8];
            await SignInAsync(page, "admin", "Admin123!");
            await Expect(page.GetByTestId("current-user")).ToHaveTextAsync("admin");

            // A company and a deal of 900 ₽ in the first stage, made through the forms.
            await page.GotoAsync("/crm/companies/new");
            await page.GetByTestId("company-name").FillAsync($"ООО «Доска {token}»");
            await page.GetByTestId("company-save").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/crm/companies$"));

            await page.GotoAsync("/crm/deals/new");
            await page.GetByTestId("deal-title").FillAsync($"Окна {token}");
            await page.GetByTestId("deal-company").FillAsync($"доска {token}");
            await page.GetByTestId("deal-company-option").First.ClickAsync();
            await page.GetByTestId("deal-amount").FillAsync("900");
            await page.GetByTestId("deal-save").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/crm/deals$"));

            // Only this test's deal on the board.
            await page.GetByTestId("deals-search").FillAsync(token);
            var columns = page.GetByTestId("board-column");
            var first = columns.Nth(0);
            var second = columns.Nth(1);
            await Expect(first.GetByTestId("deal-card")).ToHaveCountAsync(1);
            await Expect(first.GetByTestId("column-count")).ToHaveTextAsync("1");
            await Expect(first.GetByTestId("column-total")).ToHaveTextAsync("900");
            await Expect(second.GetByTestId("column-count")).ToHaveTextAsync("0");
            await Expect(second.GetByTestId("column-total")).ToHaveTextAsync("0");

            // Angular CDK starts a drag only after real pointer moves past its threshold.
            var card = await first.GetByTestId("deal-card").BoundingBoxAsync() ?? throw new InvalidOperationException("No card");
            var target = await second.GetByTestId("column-cards").BoundingBoxAsync() ?? throw new InvalidOperationException("No column");
            await page.Mouse.MoveAsync(card.X + card.Width / 2, card.Y + card.Height / 2);
            await page.Mouse.DownAsync();
            await page.Mouse.MoveAsync(card.X + card.Width / 2 + 10, card.Y + card.Height / 2 + 10, new MouseMoveOptions { Steps = 5 });
            await Expect(page.Locator(".cdk-drag-preview")).ToHaveCountAsync(1);
            await page.Mouse.MoveAsync(target.X + target.Width / 2, target.Y + 40, new MouseMoveOptions { Steps = 20 });
            // Let go only once the placeholder sits in the target column, i.e. CDK took it as the drop container.
            await Expect(second.Locator(".cdk-drag-placeholder")).ToHaveCountAsync(1);
            var move = await page.RunAndWaitForResponseAsync(() => page.Mouse.UpAsync(), r => r.Url.Contains("/move"));
            move.Status.ShouldBe(200);

            await Expect(second.GetByTestId("column-count")).ToHaveTextAsync("1");
            await Expect(second.GetByTestId("column-total")).ToHaveTextAsync("900");
            await Expect(first.GetByTestId("column-count")).ToHaveTextAsync("0");
            await Expect(first.GetByTestId("column-total")).ToHaveTextAsync("0");
            await Expect(second.GetByTestId("deal-card")).ToContainTextAsync($"Окна {token}");

            // The server kept the move: a fresh board shows the same.
            await page.ReloadAsync();
            await page.GetByTestId("deals-search").FillAsync(token);
            await Expect(page.GetByTestId("board-column").Nth(1).GetByTestId("column-total")).ToHaveTextAsync("900");
            await Expect(page.GetByTestId("board-column").Nth(0).GetByTestId("column-count")).ToHaveTextAsync("0");
        });
}
