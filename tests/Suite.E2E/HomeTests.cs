using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Suite.E2E;

/// <summary>The home page each role lands on.</summary>
public sealed class HomeTests(SuiteFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task Should_Land_A_Sales_User_On_Their_Open_Deals_By_Stage() =>
        InBrowserAsync(nameof(Should_Land_A_Sales_User_On_Their_Open_Deals_By_Stage), async page =>
        {
            var token = Guid.NewGuid().ToString("N")[..8];
            using var anna = await E2EApi.SignInAsync(Fixture, "anna", "Demo123!");
            var company = await E2EApi.IdAsync(await anna.PostAsJsonAsync("/api/crm/companies", new { name = $"ООО «Дом {token}»" }));
            await E2EApi.IdAsync(await anna.PostAsJsonAsync("/api/crm/deals", new { title = $"Кровля {token}", companyId = company, amount = 5000m }));

            await SignInAsync(page, "anna", "Demo123!");
            await Expect(page.GetByTestId("current-user")).ToHaveTextAsync("anna");
            await Expect(page).ToHaveURLAsync(new Regex("/home$"));
            var myDeals = page.GetByTestId("home-my-deals");
            await Expect(myDeals.GetByTestId("home-stage").First).ToBeVisibleAsync();
            await Expect(myDeals.GetByTestId("home-deal").Filter(new LocatorFilterOptions { HasText = $"Кровля {token}" })).ToHaveCountAsync(1);

            // The deal opens from the home page.
            await myDeals.GetByTestId("home-deal").Filter(new LocatorFilterOptions { HasText = $"Кровля {token}" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/crm/deals/[0-9a-f-]{36}$"));
        });

    [Fact]
    public Task Should_Not_Show_A_Sales_User_Another_Managers_Deals_On_The_Home_Page() =>
        InBrowserAsync(nameof(Should_Not_Show_A_Sales_User_Another_Managers_Deals_On_The_Home_Page), async page =>
        {
            var token = Guid.NewGuid().ToString("N")[..8];
            using var boris = await E2EApi.SignInAsync(Fixture, "boris", "Demo123!");
            var company = await E2EApi.IdAsync(await boris.PostAsJsonAsync("/api/crm/companies", new { name = $"ООО «Чужой {token}»" }));
            await E2EApi.IdAsync(await boris.PostAsJsonAsync("/api/crm/deals", new { title = $"Чужая {token}", companyId = company, amount = 100m }));

            await SignInAsync(page, "anna", "Demo123!");
            await Expect(page.GetByTestId("current-user")).ToHaveTextAsync("anna");
            await Expect(page.GetByTestId("home-my-deals").GetByTestId("home-stage").First).ToBeVisibleAsync();
            await Expect(page.GetByText($"Чужая {token}")).ToHaveCountAsync(0);
        });
}

/// <summary>Calls the API as a user, for a test's set-up.</summary>
internal static class E2EApi
{
    public static async Task<HttpClient> SignInAsync(SuiteFixture fixture, string userName, string password)
    {
        var http = new HttpClient { BaseAddress = fixture.Suite.BaseUrl };
        var login = await http.PostAsJsonAsync("/api/account/login", new { userName, password });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    public static async Task<Guid> IdAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
