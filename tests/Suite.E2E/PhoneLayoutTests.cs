using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Shouldly;
using Xunit.Abstractions;

namespace Suite.E2E;

/// <summary>The home page, the board, a deal card and My tasks on a phone held upright (390 × 844, touch).</summary>
public sealed class PhoneLayoutTests(SuiteFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    private const int PhoneWidth = 390;

    [Fact]
    public Task Should_Fit_A_Sales_Users_Home_Board_Deal_Card_And_Tasks_On_A_Phone() =>
        OnPhoneAsync(nameof(Should_Fit_A_Sales_Users_Home_Board_Deal_Card_And_Tasks_On_A_Phone), async page =>
        {
            var token = Guid.NewGuid().ToString("N")[..8];
            using var anna = await E2EApi.SignInAsync(Fixture, "anna", "Demo123!");
            var company = await E2EApi.IdAsync(await anna.PostAsJsonAsync("/api/crm/companies", new { name = $"ООО «Телефон {token}»" }));
            var deal = await E2EApi.IdAsync(await anna.PostAsJsonAsync("/api/crm/deals", new { title = $"Фасад {token}", companyId = company, amount = 4200m }));
            // Long overdue: first in the most pressing group, whatever else anna has to do.
            await E2EApi.IdAsync(await anna.PostAsJsonAsync("/api/tasks",
                new { title = $"Позвонить {token}", dueAt = new DateTimeOffset(2001, 1, 1, 9, 0, 0, TimeSpan.Zero) }));

            await SignInAsync(page, "anna", "Demo123!");
            await Expect(page).ToHaveURLAsync(new Regex("/home$"));
            await Expect(page.GetByTestId("home-my-deals").GetByTestId("home-stage").First).ToBeVisibleAsync();
            await ShouldNotScrollSidewaysAsync(page);
            // The top bar keeps the search, as an icon that opens it.
            await Expect(page.GetByTestId("search-box")).ToBeHiddenAsync();
            await page.GetByTestId("search-button").TapAsync();
            await Expect(page.GetByTestId("search-input")).ToBeVisibleAsync();
            await page.Keyboard.PressAsync("Escape");
            await Expect(page.GetByTestId("search-input")).ToHaveCountAsync(0);

            // The navigation is behind the menu button, over the page, and goes away once a link is tapped.
            await Expect(page.GetByTestId("nav-deals")).Not.ToBeInViewportAsync();
            await page.GetByTestId("nav-menu").TapAsync();
            await Expect(page.GetByTestId("nav-deals")).ToBeInViewportAsync();
            await Expect(page.GetByTestId("current-user")).ToHaveTextAsync("anna");
            await page.GetByTestId("nav-deals").TapAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/crm/deals$"));
            await Expect(page.GetByTestId("nav-deals")).Not.ToBeInViewportAsync();

            // The board scrolls its columns inside itself, one column about the screen's width.
            var board = page.GetByTestId("deal-board");
            await Expect(board.GetByTestId("board-column").First).ToBeVisibleAsync();
            await ShouldNotScrollSidewaysAsync(page);
            (await board.EvaluateAsync<bool>("b => b.scrollWidth > b.clientWidth")).ShouldBeTrue("the board's columns scroll inside it");
            var column = await board.GetByTestId("board-column").First.BoundingBoxAsync();
            column.ShouldNotBeNull();
            column.Width.ShouldBeInRange(PhoneWidth * 0.75f, PhoneWidth * 0.9f);

            // The deal card: its title, the fields, then the timeline below them.
            await page.GotoAsync($"/crm/deals/{deal}");
            await Expect(page.GetByTestId("page-title")).ToHaveTextAsync($"Фасад {token}");
            await Expect(page.GetByTestId("timeline")).ToBeAttachedAsync();
            await ShouldNotScrollSidewaysAsync(page);
            var fields = await page.GetByTestId("card-amount").BoundingBoxAsync();
            var timeline = await page.GetByTestId("timeline").BoundingBoxAsync();
            fields.ShouldNotBeNull();
            timeline.ShouldNotBeNull();
            timeline.Y.ShouldBeGreaterThan(fields.Y + fields.Height);

            // My tasks: a tap on the box completes the task.
            await page.GetByTestId("nav-menu").TapAsync();
            await page.GetByTestId("nav-tasks").TapAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/tasks$"));
            var row = page.GetByTestId("task-row").Filter(new LocatorFilterOptions { HasText = $"Позвонить {token}" });
            await Expect(row).ToHaveCountAsync(1);
            await ShouldNotScrollSidewaysAsync(page);
            var box = await row.GetByTestId("task-complete").BoundingBoxAsync();
            box.ShouldNotBeNull();
            box.Height.ShouldBeGreaterThanOrEqualTo(40);
            await row.GetByTestId("task-complete").TapAsync();
            await page.GetByTestId("task-complete-result").FillAsync("Дозвонились");
            await page.GetByTestId("task-complete-confirm").TapAsync();
            await Expect(page.GetByTestId("task-row").Filter(new LocatorFilterOptions { HasText = $"Позвонить {token}" })).ToHaveCountAsync(0);
            var done = await anna.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/tasks/my");
            done.GetRawText().ShouldNotContain($"Позвонить {token}");

            // The full task list's table scrolls inside its frame; the company card stacks like the deal's.
            await page.GotoAsync("/tasks/list");
            await Expect(page.GetByTestId("tasks-row").First).ToBeVisibleAsync();
            await ShouldNotScrollSidewaysAsync(page);
            await page.GotoAsync($"/crm/companies/{company}");
            await Expect(page.GetByTestId("page-title")).ToHaveTextAsync($"ООО «Телефон {token}»");
            await Expect(page.GetByTestId("timeline")).ToBeAttachedAsync();
            await ShouldNotScrollSidewaysAsync(page);
        });

    [Fact]
    public Task Should_Stack_The_Directors_Tiles_In_One_Column_On_A_Phone() =>
        OnPhoneAsync(nameof(Should_Stack_The_Directors_Tiles_In_One_Column_On_A_Phone), async page =>
        {
            await SignInAsync(page, "dina", "Demo123!");
            await Expect(page).ToHaveURLAsync(new Regex("/home$"));
            var tiles = page.GetByTestId("home-cockpit").Locator("section");
            await Expect(tiles.First).ToBeVisibleAsync();
            await Expect(page.GetByTestId("tile-funnel").GetByTestId("funnel-stage").First).ToBeVisibleAsync();
            await ShouldNotScrollSidewaysAsync(page);

            // One column: every tile starts at the same left edge.
            var lefts = await tiles.EvaluateAllAsync<double[]>("ts => ts.map(t => Math.round(t.getBoundingClientRect().left))");
            lefts.Length.ShouldBeGreaterThan(1);
            lefts.Distinct().Count().ShouldBe(1);

            await page.GetByTestId("nav-menu").TapAsync();
            await page.GetByTestId("nav-reports").TapAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/crm/reports$"));
            await Expect(page.GetByTestId("nav-reports")).Not.ToBeInViewportAsync();
        });

    private Task OnPhoneAsync(string testName, Func<IPage, Task> body) =>
        InBrowserAsync(testName, body, new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = PhoneWidth, Height = 844 },
            IsMobile = true,
            HasTouch = true,
            DeviceScaleFactor = 3,
        });

    /// <summary>Neither the document nor the shell's content area is wider than the screen.</summary>
    private static async Task ShouldNotScrollSidewaysAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>(
            "() => { const c = document.querySelector('[data-testid=page-content]'); "
            + "return [document.documentElement.scrollWidth, window.innerWidth, c.scrollWidth, c.clientWidth]; }");
        if (widths[0] <= PhoneWidth && widths[2] <= widths[3]) return;
        // Name what sticks out, so a failure says where to look.
        var wide = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)"
            + ".filter(e => !e.closest('[data-testid=deal-board], .mat-drawer, .cdk-overlay-container, mat-tab-header, .mat-mdc-tab-header, .mat-mdc-tab-body-content'))"
            + ".slice(-8).map(e => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}[${e.dataset.testid ?? ''}] right ${Math.round(e.getBoundingClientRect().right)}`)");
        throw new Shouldly.ShouldAssertException(
            $"On {page.Url} the page is {widths[0]} px and its content {widths[2]} px wide on a {widths[3]} px screen; sticking out: "
            + string.Join("; ", wide));
    }
}
