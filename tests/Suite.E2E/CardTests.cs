using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Shouldly;
using Xunit.Abstractions;

namespace Suite.E2E;

public sealed class CardTests(SuiteFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task Should_Show_A_Comment_And_A_Deals_Stage_Change_On_The_Company_Card() =>
        InBrowserAsync(nameof(Should_Show_A_Comment_And_A_Deals_Stage_Change_On_The_Company_Card), async page =>
        {
            var token = Guid.NewGuid().ToString("N")[..8];
            var name = $"ООО «Карточка {token}»";
            using var api = await ApiAsync();
            var company = await IdAsync(await api.PostAsJsonAsync("/api/crm/companies", new { name }));
            var deal = await IdAsync(await api.PostAsJsonAsync("/api/crm/deals", new { title = $"Окна {token}", companyId = company, amount = 1000m }));

            await SignInAsync(page, "admin", "Admin123!");
            await Expect(page.GetByTestId("current-user")).ToHaveTextAsync("admin");
            await page.GetByTestId("nav-companies").ClickAsync();
            await page.GetByTestId("companies-search").FillAsync(token);
            await Expect(page.GetByTestId("companies-row")).ToHaveCountAsync(1);
            await page.GetByTestId("companies-row").ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex($"/crm/companies/{company}$"));
            await Expect(page.GetByTestId("page-title")).ToHaveTextAsync(name);
            await Expect(page.GetByTestId("card-deal")).ToHaveTextAsync($"Окна {token}");

            await page.GetByTestId("timeline-comment-text").FillAsync("Клиент ждёт замерщика в четверг");
            await page.GetByTestId("timeline-comment-save").ClickAsync();
            var comment = page.Locator("[data-testid=timeline-item][data-kind=comment]");
            await Expect(comment).ToContainTextAsync("Клиент ждёт замерщика в четверг");

            var stages = await StagesAsync(api);
            (await api.PostAsJsonAsync($"/api/crm/deals/{deal}/move", new { stageId = stages["Замер"] })).EnsureSuccessStatusCode();

            // The stage change reaches the timeline through the event bus; the card shows it on refresh.
            var stageChange = page.Locator("[data-testid=timeline-item][data-kind=stageChanged]");
            for (var attempt = 0; attempt < 40 && await stageChange.CountAsync() == 0; attempt++)
            {
                await page.GetByTestId("timeline-refresh").ClickAsync();
                await page.WaitForTimeoutAsync(500);
            }

            await Expect(stageChange).ToHaveCountAsync(1);
            await Expect(stageChange).ToContainTextAsync($"Окна {token}");
            await Expect(stageChange.GetByTestId("timeline-item-changes")).ToContainTextAsync("Первый звонок");
            await Expect(stageChange.GetByTestId("timeline-item-changes")).ToContainTextAsync("Замер");
            await Expect(comment).ToHaveCountAsync(1);
            // Newest first: the stage change came after the comment.
            var kinds = await page.GetByTestId("timeline-item").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.kind)");
            Array.IndexOf(kinds, "stageChanged").ShouldBeLessThan(Array.IndexOf(kinds, "comment"));

            await page.GetByTestId("card-deal").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex($"/crm/deals/{deal}$"));
            await Expect(page.Locator("[data-testid=timeline-item][data-kind=stageChanged]")).ToHaveCountAsync(1);
        });

    private async Task<HttpClient> ApiAsync()
    {
        var http = new HttpClient { BaseAddress = Fixture.Suite.BaseUrl };
        var login = await http.PostAsJsonAsync("/api/account/login", new { userName = "admin", password = "Admin123!" });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
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
}
