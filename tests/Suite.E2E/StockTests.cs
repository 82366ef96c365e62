using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Suite.E2E;

/// <summary>The warehouse screens: a receipt typed in through the scan box, and a refused over-shipment.</summary>
public sealed class StockTests(SuiteFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task Should_Scan_Three_Skus_Into_A_Receipt_Post_It_And_See_The_Balances() =>
        InBrowserAsync(nameof(Should_Scan_Three_Skus_Into_A_Receipt_Post_It_And_See_The_Balances), async page =>
        {
            var token = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
            using var api = await ApiAsync();
            var warehouse = $"Склад {token}";
            await IdAsync(await api.PostAsJsonAsync("/api/stock/warehouses", new { name = warehouse }));
            string[] skus = [$"A-{token}", $"B-{token}", $"C-{token}"];
            foreach (var sku in skus)
                await IdAsync(await api.PostAsJsonAsync("/api/stock/products", new { sku, name = $"Товар {sku}" }));

            await SignInAsync(page, "admin", "Admin123!");
            await Expect(page.GetByTestId("current-user")).ToHaveTextAsync("admin");
            await page.GetByTestId("nav-stock-documents").ClickAsync();
            await page.GetByTestId("documents-new-receipt").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/stock/documents/new/receipt$"));
            await ChooseAsync(page, "document-warehouse", warehouse);

            var scan = page.GetByTestId("scan-input");
            var lines = page.GetByTestId("document-line");
            for (var i = 0; i < skus.Length; i++)
            {
                await scan.FillAsync(skus[i]);
                await scan.PressAsync("Enter");
                await Expect(lines).ToHaveCountAsync(i + 1);
                await Expect(lines.Nth(i).GetByTestId("line-sku")).ToHaveTextAsync(skus[i]);
                // the box keeps the focus and is emptied for the next scan
                await Expect(scan).ToBeFocusedAsync();
                await Expect(scan).ToHaveValueAsync("");
            }

            // scanning the first SKU again adds one to its line instead of a new line
            await scan.FillAsync(skus[0]);
            await scan.PressAsync("Enter");
            await Expect(lines.Nth(0).GetByTestId("line-quantity")).ToHaveValueAsync("2");
            await Expect(lines).ToHaveCountAsync(3);

            // an unknown code says so and adds nothing
            await scan.FillAsync($"NOPE-{token}");
            await scan.PressAsync("Enter");
            await Expect(page.GetByTestId("scan-message")).ToContainTextAsync($"NOPE-{token}");
            await Expect(lines).ToHaveCountAsync(3);

            await lines.Nth(2).GetByTestId("line-quantity").FillAsync("5");
            await lines.Nth(2).GetByTestId("line-quantity").PressAsync("Tab");
            // without unit costs the server refuses the receipt and each line says why
            await page.GetByTestId("document-save").ClickAsync();
            await Expect(page.GetByTestId("line-error")).ToHaveCountAsync(3);
            await Expect(page).ToHaveURLAsync(new Regex("/stock/documents/new/receipt$"));

            string[] costs = ["10", "20", "30"];
            for (var i = 0; i < 3; i++)
            {
                var cost = lines.Nth(i).GetByTestId("line-unit-cost");
                await cost.FillAsync(costs[i]);
                await cost.PressAsync("Tab");
            }
            // 2 × 10 + 1 × 20 + 5 × 30
            await Expect(page.GetByTestId("document-total-cost")).ToContainTextAsync("190");

            await page.GetByTestId("document-save").ClickAsync();
            await Expect(page.GetByTestId("line-error")).ToHaveCountAsync(0);
            await Expect(page).ToHaveURLAsync(new Regex("/stock/documents/[0-9a-f-]{36}$"));
            await Expect(page.GetByTestId("document-post")).ToBeEnabledAsync();
            await page.GetByTestId("document-post").ClickAsync();
            await Expect(page.GetByTestId("document-cancel")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("scan-input")).ToHaveCountAsync(0);
            await Expect(page.GetByTestId("document-total-cost")).ToContainTextAsync("190");

            await page.GetByTestId("nav-stock-balances").ClickAsync();
            await page.GetByTestId("balances-search").FillAsync(token);
            var rows = page.GetByTestId("balances-row");
            await Expect(rows).ToHaveCountAsync(3);
            int[] expected = [2, 1, 5];
            for (var i = 0; i < 3; i++)
            {
                var row = rows.Filter(new LocatorFilterOptions { HasText = skus[i] });
                await Expect(row).ToHaveCountAsync(1);
                await Expect(row.GetByTestId("balance-on-hand")).ToHaveTextAsync(expected[i].ToString());
                await Expect(row).ToContainTextAsync(warehouse);
            }

            // a row opens the product card with its stock per warehouse and its ledger
            await rows.Filter(new LocatorFilterOptions { HasText = skus[2] }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/stock/products/[0-9a-f-]{36}$"));
            await Expect(page.GetByTestId("product-balance-row")).ToContainTextAsync(warehouse);
            await Expect(page.GetByTestId("move-row")).ToHaveCountAsync(1);
        });

    [Fact]
    public Task Should_Refuse_To_Ship_More_Than_On_Hand_And_Name_The_Product() =>
        InBrowserAsync(nameof(Should_Refuse_To_Ship_More_Than_On_Hand_And_Name_The_Product), async page =>
        {
            var token = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
            using var api = await ApiAsync();
            var warehouse = $"Склад {token}";
            var warehouseId = await IdAsync(await api.PostAsJsonAsync("/api/stock/warehouses", new { name = warehouse }));
            var sku = $"S-{token}";
            var productId = await IdAsync(await api.PostAsJsonAsync("/api/stock/products", new { sku, name = $"Товар {sku}" }));
            var receipt = await IdAsync(await api.PostAsJsonAsync("/api/stock/documents", new
            {
                kind = "receipt",
                warehouseId,
                lines = new[] { new { productId, quantity = 3m, unitCost = 10m } },
            }));
            (await api.PostAsJsonAsync($"/api/stock/documents/{receipt}/post", new { })).EnsureSuccessStatusCode();

            await SignInAsync(page, "admin", "Admin123!");
            await Expect(page.GetByTestId("current-user")).ToHaveTextAsync("admin");
            await page.GotoAsync("/stock/documents/new/shipment");
            await ChooseAsync(page, "document-warehouse", warehouse);
            var scan = page.GetByTestId("scan-input");
            await scan.FillAsync(sku);
            await scan.PressAsync("Enter");
            var line = page.GetByTestId("document-line");
            await Expect(line).ToHaveCountAsync(1);
            await line.GetByTestId("line-quantity").FillAsync("5");
            await line.GetByTestId("line-quantity").PressAsync("Tab");

            // Post saves the draft first, then the server refuses
            await page.GetByTestId("document-post").ClickAsync();
            var banner = page.GetByTestId("document-error");
            await Expect(banner).ToBeVisibleAsync();
            await Expect(banner).ToContainTextAsync(sku);
            await Expect(page.GetByTestId("document-cancel")).ToHaveCountAsync(0);

            var balances = await api.GetFromJsonAsync<JsonElement>($"/api/stock/balances?productId={productId}");
            Assert.Equal(3m, balances.GetProperty("items")[0].GetProperty("onHand").GetDecimal());
        });

    [Fact]
    public Task Should_Post_A_Count_And_Show_Book_Counted_And_Difference() =>
        InBrowserAsync(nameof(Should_Post_A_Count_And_Show_Book_Counted_And_Difference), async page =>
        {
            var token = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
            using var api = await ApiAsync();
            var warehouse = $"Склад {token}";
            var warehouseId = await IdAsync(await api.PostAsJsonAsync("/api/stock/warehouses", new { name = warehouse }));
            var sku = $"K-{token}";
            var productId = await IdAsync(await api.PostAsJsonAsync("/api/stock/products", new { sku, name = $"Товар {sku}" }));
            var receipt = await IdAsync(await api.PostAsJsonAsync("/api/stock/documents", new
            {
                kind = "receipt",
                warehouseId,
                lines = new[] { new { productId, quantity = 10m, unitCost = 4m } },
            }));
            (await api.PostAsJsonAsync($"/api/stock/documents/{receipt}/post", new { })).EnsureSuccessStatusCode();

            await SignInAsync(page, "admin", "Admin123!");
            await Expect(page.GetByTestId("current-user")).ToHaveTextAsync("admin");
            await page.GotoAsync("/stock/documents/new/count");
            await ChooseAsync(page, "document-warehouse", warehouse);
            var scan = page.GetByTestId("scan-input");
            await scan.FillAsync(sku);
            await scan.PressAsync("Enter");
            var line = page.GetByTestId("document-line");
            await Expect(line).ToHaveCountAsync(1);
            await line.GetByTestId("line-quantity").FillAsync("7");
            await line.GetByTestId("line-quantity").PressAsync("Tab");
            await page.GetByTestId("document-post").ClickAsync();

            await Expect(page.GetByTestId("document-cancel")).ToBeVisibleAsync();
            await Expect(line.GetByTestId("line-book")).ToHaveTextAsync("10");
            await Expect(line.GetByTestId("line-quantity-text")).ToHaveTextAsync("7");
            await Expect(line.GetByTestId("line-difference")).ToHaveTextAsync("-3");
            // the shortage leaves at its cost: 3 × 4
            await Expect(line.GetByTestId("line-cost")).ToContainTextAsync("12");

            var balances = await api.GetFromJsonAsync<JsonElement>($"/api/stock/balances?productId={productId}");
            Assert.Equal(7m, balances.GetProperty("items")[0].GetProperty("onHand").GetDecimal());

            // cancelling, after confirming, reverses it with a counter-document
            await page.GetByTestId("document-cancel").ClickAsync();
            await page.GetByTestId("confirm-ok").ClickAsync();
            await Expect(page.GetByTestId("document-reversed-by")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("document-cancel")).ToHaveCountAsync(0);
            balances = await api.GetFromJsonAsync<JsonElement>($"/api/stock/balances?productId={productId}");
            Assert.Equal(10m, balances.GetProperty("items")[0].GetProperty("onHand").GetDecimal());
        });

    private static async Task ChooseAsync(IPage page, string testId, string option)
    {
        await page.GetByTestId(testId).ClickAsync();
        await page.GetByRole(AriaRole.Option, new PageGetByRoleOptions { Name = option }).ClickAsync();
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

    private static async Task<Guid> IdAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
