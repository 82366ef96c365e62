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
            await CreateDealAsync(page, token, 900);

            var (first, second) = await BoardOfAsync(page, token);
            await Expect(first.GetByTestId("deal-card")).ToHaveCountAsync(1);
            await Expect(first.GetByTestId("column-count")).ToHaveTextAsync("1");
            await Expect(first.GetByTestId("column-total")).ToHaveTextAsync("900,00 ₽");
            await Expect(second.GetByTestId("column-count")).ToHaveTextAsync("0");
            await Expect(second.GetByTestId("column-total")).ToHaveTextAsync("0,00 ₽");

            var move = await DragAsync(page, first.GetByTestId("deal-card"), second);
            move.Status.ShouldBe(200);

            await Expect(second.GetByTestId("column-count")).ToHaveTextAsync("1");
            await Expect(second.GetByTestId("column-total")).ToHaveTextAsync("900,00 ₽");
            await Expect(first.GetByTestId("column-count")).ToHaveTextAsync("0");
            await Expect(first.GetByTestId("column-total")).ToHaveTextAsync("0,00 ₽");
            await Expect(second.GetByTestId("deal-card")).ToContainTextAsync($"Окна {token}");

            // The server kept the move: a fresh board shows the same.
            await page.ReloadAsync();
            var (firstAgain, secondAgain) = await BoardOfAsync(page, token);
            await Expect(secondAgain.GetByTestId("column-total")).ToHaveTextAsync("900,00 ₽");
            await Expect(firstAgain.GetByTestId("column-count")).ToHaveTextAsync("0");
        });

    [Fact]
    public Task Should_Put_The_Card_And_Both_Totals_Back_And_Say_Why_When_The_Server_Refuses_The_Move() =>
        InBrowserAsync(nameof(Should_Put_The_Card_And_Both_Totals_Back_And_Say_Why_When_The_Server_Refuses_The_Move), async page =>
        {
            var token = Guid.NewGuid().ToString("N")[..8];
            await SignInAsync(page, "admin", "Admin123!");
            await Expect(page.GetByTestId("current-user")).ToHaveTextAsync("admin");
            await CreateDealAsync(page, token, 700);
            var (first, second) = await BoardOfAsync(page, token);
            await Expect(first.GetByTestId("column-total")).ToHaveTextAsync("700,00 ₽");

            // Meanwhile the deal is won in another tab, so the card on this board is stale.
            var other = await page.Context.NewPageAsync();
            await other.GotoAsync("/crm/deals");
            await other.GetByTestId("deals-search").FillAsync(token);
            await other.GetByTestId("deal-card").Filter(new LocatorFilterOptions { HasText = token }).ClickAsync();
            await other.GetByTestId("card-edit").ClickAsync();
            await other.GetByTestId("deal-win").ClickAsync();
            await Expect(other.GetByTestId("deal-reopen")).ToBeVisibleAsync();
            await other.CloseAsync();

            var move = await DragAsync(page, first.GetByTestId("deal-card"), second);
            move.Status.ShouldBe(409);

            await Expect(page.Locator("mat-snack-bar-container")).ToContainTextAsync("закрыта");
            await Expect(first.GetByTestId("column-count")).ToHaveTextAsync("1");
            await Expect(first.GetByTestId("column-total")).ToHaveTextAsync("700,00 ₽");
            await Expect(second.GetByTestId("column-count")).ToHaveTextAsync("0");
            await Expect(second.GetByTestId("column-total")).ToHaveTextAsync("0,00 ₽");
            await Expect(first.GetByTestId("deal-card")).ToContainTextAsync($"Окна {token}");
        });

    [Fact]
    public Task Should_Win_A_Deal_Dropped_On_Won_At_1440_By_900_And_Undo_Puts_It_Back() =>
        InBrowserAsync(nameof(Should_Win_A_Deal_Dropped_On_Won_At_1440_By_900_And_Undo_Puts_It_Back), async page =>
        {
            await page.SetViewportSizeAsync(1440, 900);
            var token = Guid.NewGuid().ToString("N")[..8];
            await SignInAsync(page, "admin", "Admin123!");
            await Expect(page.GetByTestId("current-user")).ToHaveTextAsync("admin");
            await CreateDealAsync(page, token, 600);
            var (first, _) = await BoardOfAsync(page, token);
            await Expect(first.GetByTestId("column-count")).ToHaveTextAsync("1");

            // The won stage is off-screen on a wide pipeline; its drop zone is in the bar at the bottom.
            var won = page.GetByTestId("drop-won");
            await Expect(won).ToBeInViewportAsync();
            var win = await DragAsync(page, first.GetByTestId("deal-card"), won, "/win");
            win.Status.ShouldBe(200);
            await Expect(first.GetByTestId("column-count")).ToHaveTextAsync("0");
            await Expect(first.GetByTestId("column-total")).ToHaveTextAsync("0,00 ₽");
            await Expect(first.GetByTestId("deal-card")).ToHaveCountAsync(0);

            // Undo reopens the deal: it is back in its stage with its amount.
            var undo = page.Locator("mat-snack-bar-container").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Отменить" });
            var reopen = await page.RunAndWaitForResponseAsync(() => undo.ClickAsync(), r => r.Url.Contains("/reopen"));
            reopen.Status.ShouldBe(200);
            await Expect(first.GetByTestId("column-count")).ToHaveTextAsync("1");
            await Expect(first.GetByTestId("column-total")).ToHaveTextAsync("600,00 ₽");

            // The server kept both: after a reload the deal is open in the first stage.
            await page.ReloadAsync();
            var (firstAgain, _) = await BoardOfAsync(page, token);
            await Expect(firstAgain.GetByTestId("deal-card")).ToContainTextAsync($"Окна {token}");
        });

    [Fact]
    public Task Should_Change_Nothing_When_A_Card_Is_Dropped_Outside_Every_Column() =>
        InBrowserAsync(nameof(Should_Change_Nothing_When_A_Card_Is_Dropped_Outside_Every_Column), async page =>
        {
            await page.SetViewportSizeAsync(1440, 900);
            var token = Guid.NewGuid().ToString("N")[..8];
            await SignInAsync(page, "admin", "Admin123!");
            await Expect(page.GetByTestId("current-user")).ToHaveTextAsync("admin");
            await CreateDealAsync(page, token, 300);
            var (first, _) = await BoardOfAsync(page, token);

            var requests = new List<string>();
            page.Request += (_, r) => { if (r.Method == "POST") requests.Add(r.Url); };
            var card = first.GetByTestId("deal-card");
            var from = await card.BoundingBoxAsync() ?? throw new InvalidOperationException("No card");
            var title = await page.GetByTestId("page-title").BoundingBoxAsync() ?? throw new InvalidOperationException("No title");
            await page.Mouse.MoveAsync(from.X + from.Width / 2, from.Y + from.Height / 2);
            await page.Mouse.DownAsync();
            await page.Mouse.MoveAsync(from.X + from.Width / 2 + 10, from.Y + from.Height / 2 + 10, new MouseMoveOptions { Steps = 5 });
            await Expect(page.Locator(".cdk-drag-preview")).ToHaveCountAsync(1);
            await page.Mouse.MoveAsync(title.X + title.Width / 2, title.Y + title.Height / 2, new MouseMoveOptions { Steps = 20 });
            await page.Mouse.UpAsync();

            await Expect(page.Locator(".cdk-drag-preview")).ToHaveCountAsync(0);
            await Expect(first.GetByTestId("column-count")).ToHaveTextAsync("1");
            await Expect(first.GetByTestId("deal-card")).ToContainTextAsync($"Окна {token}");
            requests.ShouldBeEmpty();
        });

    /// <summary>A company and a deal of the given amount in the first stage, made through the forms; ends on the board.</summary>
    private static async Task CreateDealAsync(IPage page, string token, int amount)
    {
        await page.GotoAsync("/crm/companies/new");
        await page.GetByTestId("company-name").FillAsync($"ООО «Доска {token}»");
        await page.GetByTestId("company-save").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/crm/companies$"));

        await page.GotoAsync("/crm/deals/new");
        await page.GetByTestId("deal-title").FillAsync($"Окна {token}");
        await page.GetByTestId("deal-company").FillAsync($"доска {token}");
        await page.GetByTestId("deal-company-option").First.ClickAsync();
        await page.GetByTestId("deal-amount").FillAsync(amount.ToString());
        await page.GetByTestId("deal-save").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/crm/deals$"));
    }

    /// <summary>The board filtered to this test's deal; its first two columns.</summary>
    private static async Task<(ILocator First, ILocator Second)> BoardOfAsync(IPage page, string token)
    {
        await page.GetByTestId("deals-search").FillAsync(token);
        var columns = page.GetByTestId("board-column");
        await Expect(columns.Nth(0).GetByTestId("deal-card").Or(columns.Nth(1).GetByTestId("deal-card"))).ToHaveCountAsync(1);
        return (columns.Nth(0), columns.Nth(1));
    }

    /// <summary>
    /// Drags a card onto a column the way a hand does: Angular CDK starts a drag only after real pointer moves past its
    /// threshold, and takes a column as the target only while the pointer is over it. Returns the server's answer.
    /// </summary>
    private static async Task<IResponse> DragAsync(IPage page, ILocator card, ILocator column, string answer = "/move")
    {
        var from = await card.BoundingBoxAsync() ?? throw new InvalidOperationException("No card");
        // A column's cards, or a drop zone of the won/lost bar that is a drop list itself.
        var list = await column.GetAttributeAsync("data-testid") is "drop-won" or "drop-lost" ? column : column.GetByTestId("column-cards");
        var to = await list.BoundingBoxAsync() ?? throw new InvalidOperationException("No column");
        await page.Mouse.MoveAsync(from.X + from.Width / 2, from.Y + from.Height / 2);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(from.X + from.Width / 2 + 10, from.Y + from.Height / 2 + 10, new MouseMoveOptions { Steps = 5 });
        await Expect(page.Locator(".cdk-drag-preview")).ToHaveCountAsync(1);
        await page.Mouse.MoveAsync(to.X + to.Width / 2, to.Y + Math.Min(40, to.Height / 2), new MouseMoveOptions { Steps = 20 });
        await Expect(list.Locator(".cdk-drag-placeholder")).ToHaveCountAsync(1);
        // The board changes before the server answers; wait for the answer so the test sees the final state.
        return await page.RunAndWaitForResponseAsync(() => page.Mouse.UpAsync(), r => r.Url.Contains(answer));
    }
}
