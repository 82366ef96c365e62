using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Shouldly;
using Xunit.Abstractions;

namespace Suite.E2E;

/// <summary>Searchable pickers where ids used to be typed: a deal line's catalog product and a shipment's deal.</summary>
public sealed class PickerTests(SuiteFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task Should_Fill_A_Deal_Line_With_The_Picked_Products_Name_And_Price() =>
        InBrowserAsync(nameof(Should_Fill_A_Deal_Line_With_The_Picked_Products_Name_And_Price), async page =>
        {
            var token = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
            using var api = await E2EApi.SignInAsync(Fixture, "admin", "Admin123!");
            var sku = $"P-{token}";
            await E2EApi.IdAsync(await api.PostAsJsonAsync("/api/stock/products", new { sku, name = $"Окно {token}", salePrice = 12345.5m }));
            await E2EApi.IdAsync(await api.PostAsJsonAsync("/api/crm/companies", new { name = $"ООО «Подбор {token}»" }));
            // Crm's catalog is a copy fed by Stock's events: wait until the product has arrived.
            await UntilAsync(async () =>
                (await api.GetFromJsonAsync<JsonElement>($"/api/crm/products?filter={sku}")).GetProperty("items").GetArrayLength() == 1);

            await SignInAsync(page, "admin", "Admin123!");
            await Expect(page.GetByTestId("current-user")).ToHaveTextAsync("admin");
            await page.GotoAsync("/crm/deals/new");
            await page.GetByTestId("deal-title").FillAsync($"Подбор {token}");
            await page.GetByTestId("deal-company").FillAsync($"подбор {token}");
            await page.GetByTestId("deal-company-option").First.ClickAsync();
            await page.GetByTestId("line-add").ClickAsync();

            var line = page.GetByTestId("deal-line");
            await line.GetByTestId("line-product").FillAsync(sku);
            var option = page.GetByTestId("line-product-option");
            await Expect(option).ToHaveCountAsync(1);
            await Expect(option).ToContainTextAsync($"Окно {token}");
            // Keyboard: the first match is active, Enter picks it.
            await line.GetByTestId("line-product").PressAsync("Enter");

            await Expect(line.GetByTestId("line-product")).ToHaveValueAsync($"Окно {token}");
            await Expect(line.GetByTestId("line-description")).ToHaveValueAsync($"Окно {token}");
            await Expect(line.GetByTestId("line-price")).ToHaveValueAsync("12345.5");

            var saved = await page.RunAndWaitForResponseAsync(
                () => page.GetByTestId("deal-save").ClickAsync(),
                r => r.Url.EndsWith("/api/crm/deals") && r.Request.Method == "POST");
            saved.Status.ShouldBe(201);
            var deal = await saved.JsonAsync();
            var savedLine = deal!.Value.GetProperty("lines")[0];
            savedLine.GetProperty("productId").GetString().ShouldNotBeNullOrEmpty();
            savedLine.GetProperty("unitPrice").GetDecimal().ShouldBe(12345.5m);
        });

    [Fact]
    public Task Should_Fill_A_Shipments_Deal_And_Its_Customer_From_The_Deal_Picker() =>
        InBrowserAsync(nameof(Should_Fill_A_Shipments_Deal_And_Its_Customer_From_The_Deal_Picker), async page =>
        {
            var token = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
            using var api = await E2EApi.SignInAsync(Fixture, "admin", "Admin123!");
            var warehouse = $"Склад {token}";
            await E2EApi.IdAsync(await api.PostAsJsonAsync("/api/stock/warehouses", new { name = warehouse }));
            var company = await E2EApi.IdAsync(await api.PostAsJsonAsync("/api/crm/companies", new { name = $"ООО «Отгрузка {token}»" }));
            var deal = await E2EApi.IdAsync(await api.PostAsJsonAsync("/api/crm/deals", new { title = $"Поставка {token}", companyId = company, amount = 100m }));
            // The warehouse picks from Stock's own copy of Crm's deals, which the deal reaches through the bus.
            await UntilAsync(async () => (await api.GetFromJsonAsync<JsonElement>($"/api/stock/deals?filter={token}")).GetProperty("totalCount").GetInt32() == 1);

            // A warehouse user, who has no Crm permission at all.
            await SignInAsync(page, "vlad", "Demo123!");
            await Expect(page.GetByTestId("current-user")).ToHaveTextAsync("vlad");
            await page.GotoAsync("/stock/documents/new/shipment");
            await page.GetByTestId("document-warehouse").ClickAsync();
            await page.GetByRole(AriaRole.Option, new PageGetByRoleOptions { Name = warehouse }).ClickAsync();

            await page.GetByTestId("document-deal").FillAsync($"поставка {token}");
            await page.GetByTestId("document-deal-option").Filter(new LocatorFilterOptions { HasText = token }).ClickAsync();
            await Expect(page.GetByTestId("document-deal")).ToHaveValueAsync($"Поставка {token}");
            // The deal names its customer.
            await Expect(page.GetByTestId("document-company")).ToHaveValueAsync($"ООО «Отгрузка {token}»");

            var saved = await page.RunAndWaitForResponseAsync(
                () => page.GetByTestId("document-save").ClickAsync(),
                r => r.Url.EndsWith("/api/stock/documents") && r.Request.Method == "POST");
            saved.Status.ShouldBe(201);
            var document = (await saved.JsonAsync())!.Value;
            document.GetProperty("dealId").GetGuid().ShouldBe(deal);
            document.GetProperty("companyId").GetGuid().ShouldBe(company);

            // Opened again, the pickers show names, not ids.
            await Expect(page).ToHaveURLAsync(new Regex("/stock/documents/[0-9a-f-]{36}$"));
            await page.ReloadAsync();
            await Expect(page.GetByTestId("document-deal")).ToHaveValueAsync($"Поставка {token}");
            await Expect(page.GetByTestId("document-company")).ToHaveValueAsync($"ООО «Отгрузка {token}»");
        });

    /// <summary>Polls a condition for up to 15 seconds.</summary>
    private static async Task UntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The condition did not become true in 15 s.");
            await Task.Delay(200);
        }
    }
}
