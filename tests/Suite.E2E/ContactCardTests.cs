using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Shouldly;
using Xunit.Abstractions;

namespace Suite.E2E;

public sealed class ContactCardTests(SuiteFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task Should_Open_A_Contact_Card_From_The_List_Edit_It_And_Reach_It_From_Its_Company() =>
        InBrowserAsync(nameof(Should_Open_A_Contact_Card_From_The_List_Edit_It_And_Reach_It_From_Its_Company), async page =>
        {
            var token = Guid.NewGuid().ToString("N")[..8];
            var companyName = $"ООО «Контакты {token}»";
            using var api = await ApiAsync();
            var company = await IdAsync(await api.PostAsJsonAsync("/api/crm/companies", new { name = companyName }));
            var contact = await IdAsync(await api.PostAsJsonAsync("/api/crm/contacts", new
            {
                firstName = "Иван", lastName = $"Петров{token}", companyId = company, position = "Снабженец",
                phones = new[] { "+7 900 555-11-22" }, emails = new[] { $"ivan{token}@example.com" }, tags = new[] { "vip" },
            }));

            await SignInAsync(page, "admin", "Admin123!");
            await Expect(page.GetByTestId("current-user")).ToHaveTextAsync("admin");
            await page.GetByTestId("nav-contacts").ClickAsync();
            await page.GetByTestId("contacts-search").FillAsync(token);
            await Expect(page.GetByTestId("contacts-row")).ToHaveCountAsync(1);
            await page.GetByTestId("contacts-row").ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex($"/crm/contacts/{contact}$"));
            await Expect(page.GetByTestId("page-title")).ToHaveTextAsync($"Петров{token} Иван");
            await Expect(page.GetByTestId("card-company")).ToHaveTextAsync(companyName);
            await Expect(page.GetByTestId("card-position")).ToHaveTextAsync("Снабженец");
            await Expect(page.GetByTestId("card-emails")).ToHaveTextAsync($"ivan{token}@example.com");

            await page.GetByTestId("timeline-comment-text").FillAsync("Просил перезвонить после обеда");
            await page.GetByTestId("timeline-comment-save").ClickAsync();
            await Expect(page.Locator("[data-testid=timeline-item][data-kind=comment]")).ToContainTextAsync("Просил перезвонить после обеда");

            await page.GetByTestId("card-edit").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex($"/crm/contacts/{contact}/edit$"));
            await Expect(page.GetByTestId("contact-position")).ToHaveValueAsync("Снабженец");
            await page.GetByTestId("contact-position").FillAsync("Главный инженер");
            await page.GetByTestId("contact-save").ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex($"/crm/contacts/{contact}$"));
            await Expect(page.GetByTestId("card-position")).ToHaveTextAsync("Главный инженер");

            await page.GetByTestId("card-company").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex($"/crm/companies/{company}$"));
            await Expect(page.GetByTestId("card-contact")).ToHaveTextAsync($"Петров{token} Иван");
            await page.GetByTestId("card-contact").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex($"/crm/contacts/{contact}$"));
        });

    [Fact]
    public Task Should_Show_The_Timeline_Beside_An_Existing_Lead() =>
        InBrowserAsync(nameof(Should_Show_The_Timeline_Beside_An_Existing_Lead), async page =>
        {
            var token = Guid.NewGuid().ToString("N")[..8];
            using var api = await ApiAsync();
            var lead = await IdAsync(await api.PostAsJsonAsync("/api/crm/leads", new { title = $"Заявка {token}", name = "Ольга" }));

            await SignInAsync(page, "admin", "Admin123!");
            await Expect(page.GetByTestId("current-user")).ToHaveTextAsync("admin");
            await page.GotoAsync($"/crm/leads/{lead}");
            await Expect(page.GetByTestId("lead-title")).ToHaveValueAsync($"Заявка {token}");
            await page.GetByTestId("timeline-comment-text").FillAsync("Ждёт коммерческое предложение");
            await page.GetByTestId("timeline-comment-save").ClickAsync();
            await Expect(page.Locator("[data-testid=timeline-item][data-kind=comment]")).ToContainTextAsync("Ждёт коммерческое предложение");

            var timeline = await api.GetFromJsonAsync<JsonElement>($"/api/crm/timeline?entityType=lead&entityId={lead}");
            timeline.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("kind").GetString()).ShouldContain("comment");
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
}
