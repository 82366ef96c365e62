using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Shouldly;
using Xunit.Abstractions;

namespace Suite.E2E;

public sealed class LeadTests(SuiteFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    private const string Password = "Sales-E2E-123!";

    [Fact]
    public Task Should_Show_A_Web_Form_Lead_To_The_Forms_Owner_Only() =>
        InBrowserAsync(nameof(Should_Show_A_Web_Form_Lead_To_The_Forms_Owner_Only), async page =>
        {
            var token = Guid.NewGuid().ToString("N")[..8];
            using var admin = await AdminAsync();
            var owner = await UserAsync(admin, $"owner{token}");
            await UserAsync(admin, $"other{token}");
            await OwnerKnownAsync(admin, $"owner{token}");
            var form = await PostAsync(admin, "/api/crm/web-forms", new { name = $"Заявка с сайта {token}", ownerId = owner });

            // The visitor: no sign-in, just the website's request.
            using var visitor = new HttpClient { BaseAddress = Fixture.Suite.BaseUrl };
            var submitted = await visitor.PostAsJsonAsync(form.GetProperty("submitUrl").GetString(), new
            {
                name = $"Посетитель {token}", phone = "+7 900 123-45-67", comment = "Перезвоните мне",
            });
            ((int)submitted.StatusCode).ShouldBe(202, await submitted.Content.ReadAsStringAsync());

            await SignInAsync(page, $"owner{token}", Password);
            await Expect(page.GetByTestId("current-user")).ToHaveTextAsync($"owner{token}");
            await page.GetByTestId("nav-leads").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/crm/leads$"));
            await page.GetByTestId("leads-search").FillAsync(token);
            var rows = page.GetByTestId("leads-row");
            await Expect(rows).ToHaveCountAsync(1);
            await Expect(rows).ToContainTextAsync($"Посетитель {token}");
            await Expect(rows.GetByTestId("lead-status")).ToHaveTextAsync("Новый");

            await using var otherContext = await Fixture.NewContextAsync();
            var other = await otherContext.NewPageAsync();
            await SignInAsync(other, $"other{token}", Password);
            await Expect(other.GetByTestId("current-user")).ToHaveTextAsync($"other{token}");
            await other.GetByTestId("nav-leads").ClickAsync();
            await other.GetByTestId("leads-search").FillAsync(token);
            await Expect(other.GetByTestId("leads-empty")).ToBeVisibleAsync();
            await Expect(other.GetByTestId("leads-row")).ToHaveCountAsync(0);
        });

    [Fact]
    public Task Should_Convert_A_Lead_Into_The_Existing_Client_The_Dialog_Names() =>
        InBrowserAsync(nameof(Should_Convert_A_Lead_Into_The_Existing_Client_The_Dialog_Names), async page =>
        {
            var token = Guid.NewGuid().ToString("N")[..8];
            using var admin = await AdminAsync();
            await UserAsync(admin, $"conv{token}");
            using var sales = await SignedInAsync($"conv{token}", Password);
            var email = $"{token}@client.ru";
            var company = await PostAsync(sales, "/api/crm/companies", new { name = $"ООО «Клиент {token}»", email });
            var lead = await PostAsync(sales, "/api/crm/leads", new { name = $"Ольга {token}", email });

            await SignInAsync(page, $"conv{token}", Password);
            await Expect(page.GetByTestId("current-user")).ToHaveTextAsync($"conv{token}");
            await page.GotoAsync($"/crm/leads/{lead.GetProperty("id").GetGuid()}");
            await page.GetByTestId("lead-convert").ClickAsync();
            await Expect(page.GetByTestId("convert-reuse")).ToContainTextAsync($"ООО «Клиент {token}»");
            await page.GetByTestId("convert-ok").ClickAsync();

            await Expect(page.GetByTestId("lead-converted")).ToBeVisibleAsync();
            await page.GetByTestId("lead-open-company").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex($"/crm/companies/{company.GetProperty("id").GetGuid()}$"));
        });

    [Fact]
    public Task Should_Need_A_Reason_Before_Marking_A_Lead_Junk() =>
        InBrowserAsync(nameof(Should_Need_A_Reason_Before_Marking_A_Lead_Junk), async page =>
        {
            var token = Guid.NewGuid().ToString("N")[..8];
            using var admin = await AdminAsync();
            await UserAsync(admin, $"junk{token}");
            using var sales = await SignedInAsync($"junk{token}", Password);
            var lead = await PostAsync(sales, "/api/crm/leads", new { name = $"Спам {token}", phone = "+7 900 000-00-00" });

            await SignInAsync(page, $"junk{token}", Password);
            await Expect(page.GetByTestId("current-user")).ToHaveTextAsync($"junk{token}");
            await page.GotoAsync($"/crm/leads/{lead.GetProperty("id").GetGuid()}");
            await page.GetByTestId("lead-junk").ClickAsync();
            await page.GetByTestId("junk-ok").ClickAsync();
            await Expect(page.GetByTestId("junk-reason")).ToBeVisibleAsync(); // still open: no reason given
            await page.GetByTestId("junk-reason").FillAsync("Рассылка рекламы");
            await page.GetByTestId("junk-ok").ClickAsync();

            await Expect(page.GetByTestId("lead-junk-reason")).ToContainTextAsync("Рассылка рекламы");
        });

    private async Task<HttpClient> SignedInAsync(string userName, string password)
    {
        var client = new HttpClient { BaseAddress = Fixture.Suite.BaseUrl };
        var login = await client.PostAsJsonAsync("/api/account/login", new { userName, password });
        login.EnsureSuccessStatusCode();
        var accessToken = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    private Task<HttpClient> AdminAsync() => SignedInAsync("admin", "Admin123!");

    private static async Task<Guid> UserAsync(HttpClient admin, string userName) =>
        (await PostAsync(admin, "/api/identity/users",
            new { userName, email = $"{userName}@e2e.local", password = Password, roles = new[] { "sales" } })).GetProperty("id").GetGuid();

    /// <summary>Crm gives records only to users it knows: waits for its copy of the user, fed by Identity's events.</summary>
    private static async Task OwnerKnownAsync(HttpClient admin, string userName)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var owners = await admin.GetFromJsonAsync<JsonElement>($"/api/crm/owners?filter={userName}");
            if (owners.GetProperty("totalCount").GetInt64() > 0)
                return;
            DateTime.UtcNow.ShouldBeLessThan(deadline, $"Crm never learnt of {userName}");
            await Task.Delay(100);
        }
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string url, object body)
    {
        var response = await client.PostAsJsonAsync(url, body);
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
