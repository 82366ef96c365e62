using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Shouldly;
using Xunit.Abstractions;

namespace Suite.E2E;

public sealed class TaskAutomationTests(SuiteFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    private static readonly TimeZoneInfo Moscow = TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow");

    [Fact]
    public Task Should_Give_The_Owner_A_Task_For_Today_And_Ring_The_Bell_When_Their_Deal_Moves_On_The_Board() =>
        InBrowserAsync(nameof(Should_Give_The_Owner_A_Task_For_Today_And_Ring_The_Bell_When_Their_Deal_Moves_On_The_Board), async page =>
        {
            var token = Guid.NewGuid().ToString("N")[..8];
            using var api = await ApiAsync();
            var anna = await UserIdAsync(api, "anna");
            var stages = await StagesAsync(api);
            var company = await IdAsync(await api.PostAsJsonAsync("/api/crm/companies", new { name = $"ООО «Задачи {token}»", ownerId = anna }));
            await IdAsync(await api.PostAsJsonAsync("/api/crm/deals",
                new { title = $"Окна {token}", companyId = company, amount = 1000m, ownerId = anna, stageId = stages["Первый звонок"] }));
            // Due later today on the company's clock, so the task lands under "today" whenever the test runs.
            var now = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Moscow);
            var minutesLeftToday = (int)(now.Date.AddDays(1) - now.DateTime).TotalMinutes;
            var dueIn = Math.Clamp(minutesLeftToday - 5, 1, 120);
            var rule = await IdAsync(await api.PostAsJsonAsync("/api/tasks/rules", new
            {
                name = $"Замер {token}",
                isActive = true,
                trigger = new { @event = "Crm.Deal.StageChanged", stageId = stages["Замер"] },
                task = new { title = "Замер: {{ deal.title }}", assignTo = "owner", dueIn, dueUnit = "minutes", priority = "high" },
            }));
            try
            {
                await SignInAsync(page, "anna", "Demo123!");
                await Expect(page.GetByTestId("current-user")).ToBeVisibleAsync();
                await page.GotoAsync("/crm/deals");
                await page.GetByTestId("deals-search").FillAsync(token);
                var columns = page.GetByTestId("board-column");
                await Expect(columns.Nth(0).GetByTestId("deal-card")).ToHaveCountAsync(1);
                // An open deal without a task says so on its card.
                await Expect(columns.Nth(0).GetByTestId("deal-card")).ToContainTextAsync("Нет следующего шага");
                var bell = page.GetByTestId("notification-bell");
                await Expect(bell).ToBeVisibleAsync();
                var before = await UnreadAsync(bell);

                var move = await DragAsync(page, columns.Nth(0).GetByTestId("deal-card"), columns.Nth(1));
                move.Status.ShouldBe(200);

                // The rule's task reaches the owner's open page by itself: the bell rings without a reload.
                await Expect(bell.Locator(".mat-badge-content")).ToHaveTextAsync((before + 1).ToString(), new() { Timeout = 60_000 });
                await bell.ClickAsync();
                await Expect(page.GetByTestId("notification-item").First).ToContainTextAsync($"Окна {token}");
                await page.Keyboard.PressAsync("Escape");

                await page.GetByTestId("nav-tasks").ClickAsync();
                var today = page.GetByTestId("my-tasks-group-today");
                await Expect(today.GetByTestId("task-row").Filter(new() { HasText = $"Замер: Окна {token}" })).ToHaveCountAsync(1);
            }
            finally
            {
                await api.DeleteAsync($"/api/tasks/rules/{rule}");
            }
        });

    private static async Task<int> UnreadAsync(ILocator bell)
    {
        var badge = bell.Locator(".mat-badge-content");
        if (await badge.CountAsync() == 0)
            return 0;
        return int.TryParse((await badge.TextContentAsync())?.Trim(), out var count) ? count : 0;
    }

    private async Task<HttpClient> ApiAsync()
    {
        var http = new HttpClient { BaseAddress = Fixture.Suite.BaseUrl };
        var login = await http.PostAsJsonAsync("/api/account/login", new { userName = "admin", password = "Admin123!" });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    private static async Task<Guid> UserIdAsync(HttpClient api, string userName)
    {
        var users = await api.GetFromJsonAsync<JsonElement>($"/api/identity/users?filter={userName}&maxResultCount=100");
        return users.GetProperty("items").EnumerateArray().Single(u => u.GetProperty("userName").GetString() == userName).GetProperty("id").GetGuid();
    }

    private static async Task<Guid> IdAsync(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<Dictionary<string, Guid>> StagesAsync(HttpClient api)
    {
        var pipelines = await api.GetFromJsonAsync<JsonElement>("/api/crm/pipelines?maxResultCount=100");
        var pipeline = pipelines.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("isDefault").GetBoolean());
        return pipeline.GetProperty("stages").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("id").GetGuid());
    }

    /// <summary>Drags a card onto a column past the CDK threshold, as BoardTests does; returns the server's answer.</summary>
    private static async Task<IResponse> DragAsync(IPage page, ILocator card, ILocator column)
    {
        var from = await card.BoundingBoxAsync() ?? throw new InvalidOperationException("No card");
        var to = await column.GetByTestId("column-cards").BoundingBoxAsync() ?? throw new InvalidOperationException("No column");
        await page.Mouse.MoveAsync(from.X + from.Width / 2, from.Y + from.Height / 2);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(from.X + from.Width / 2 + 10, from.Y + from.Height / 2 + 10, new MouseMoveOptions { Steps = 5 });
        await Expect(page.Locator(".cdk-drag-preview")).ToHaveCountAsync(1);
        await page.Mouse.MoveAsync(to.X + to.Width / 2, to.Y + Math.Min(40, to.Height / 2), new MouseMoveOptions { Steps = 20 });
        return await page.RunAndWaitForResponseAsync(() => page.Mouse.UpAsync(), r => r.Url.Contains("/move"));
    }
}
