using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Shouldly;
using Xunit.Abstractions;

namespace Suite.E2E;

/// <summary>Sales to money: a won deal's invoice drafted from its card, issued, and paid in part.</summary>
public sealed class FinanceTests(SuiteFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task Should_Invoice_A_Won_Deal_From_Its_Card_Issue_It_And_Record_A_Partial_Payment() =>
        InBrowserAsync(nameof(Should_Invoice_A_Won_Deal_From_Its_Card_Issue_It_And_Record_A_Partial_Payment), async page =>
        {
            var token = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
            using var api = await E2EApi.SignInAsync(Fixture, "admin", "Admin123!");
            var sku = $"F-{token}";
            var product = await E2EApi.IdAsync(await api.PostAsJsonAsync("/api/stock/products",
                new { sku, name = $"Окно {token}", unit = "шт", salePrice = 1000m, vatRate = 22m }));
            var company = await E2EApi.IdAsync(await api.PostAsJsonAsync("/api/crm/companies", new { name = $"ООО «Счёт {token}»" }));
            var account = $"Касса {token}";
            await E2EApi.IdAsync(await api.PostAsJsonAsync("/api/finance/accounts", new { name = account, kind = "cash" }));
            // Crm's catalog is fed by Stock's events: the deal line names the product once it has arrived.
            await UntilAsync(async () =>
                (await api.GetFromJsonAsync<JsonElement>($"/api/crm/products?filter={sku}")).GetProperty("items").GetArrayLength() == 1);
            var deal = await E2EApi.IdAsync(await api.PostAsJsonAsync("/api/crm/deals", new
            {
                title = $"Окна {token}",
                companyId = company,
                lines = new[] { new { productId = product, description = $"Окно {token}", quantity = 3m, unitPrice = 1000m } },
            }));
            (await api.PostAsync($"/api/crm/deals/{deal}/win", null)).EnsureSuccessStatusCode();
            // Finance drafts from its own copies of the deal and the client, which come through the bus.
            await UntilAsync(async () =>
            {
                var deals = await api.GetFromJsonAsync<JsonElement>($"/api/finance/deals?filter={token}");
                return deals.GetProperty("items").EnumerateArray().Any(d => d.GetProperty("lineCount").GetInt32() == 1);
            });
            await UntilAsync(async () =>
                (await api.GetFromJsonAsync<JsonElement>($"/api/finance/customers?filter={token}")).GetProperty("items").GetArrayLength() == 1);

            await SignInAsync(page, "admin", "Admin123!");
            await Expect(page.GetByTestId("current-user")).ToHaveTextAsync("admin");
            await page.GotoAsync($"/crm/deals/{deal}");
            await page.GetByTestId("card-create-invoice").ClickAsync();

            // The draft: the deal's line at its price including 22 % VAT, so 3 000.00 with 540.98 VAT.
            await Expect(page).ToHaveURLAsync(new Regex("/finance/invoices/[0-9a-f-]{36}$"));
            await Expect(page.GetByTestId("invoice-status")).ToHaveTextAsync("Черновик");
            await Expect(page.GetByTestId("invoice-client")).ToHaveTextAsync($"ООО «Счёт {token}»");
            await Expect(page.GetByTestId("invoice-deal")).ToHaveTextAsync($"Окна {token}");
            await Expect(page.GetByTestId("invoice-line")).ToHaveCountAsync(1);
            await Expect(page.GetByTestId("invoice-total")).ToHaveTextAsync(new Regex(@"3\s000,00"));
            await Expect(page.GetByTestId("invoice-vat-by-rate")).ToHaveTextAsync(new Regex(@"540,98"));

            await page.GetByTestId("invoice-issue").ClickAsync();
            await page.GetByTestId("confirm-ok").ClickAsync();
            await Expect(page.GetByTestId("invoice-status")).ToHaveTextAsync("Выставлен");
            await Expect(page.GetByTestId("page-title")).ToContainTextAsync($"СЧ-{DateTime.UtcNow.Year}-");
            await Expect(page.GetByTestId("invoice-issue")).ToHaveCountAsync(0);
            await Expect(page.GetByTestId("invoice-amount-due")).ToHaveTextAsync(new Regex(@"3\s000,00"));

            (await OwedAsync(api, company)).ShouldBe(3000m);

            // "Record payment" offers what is due; the client pays a third of it.
            await page.GetByTestId("invoice-record-payment").ClickAsync();
            await Expect(page.GetByTestId("record-payment-amount")).ToHaveValueAsync("3000");
            await page.GetByTestId("record-payment-account").FillAsync(token);
            await page.GetByTestId("record-payment-account-option").Filter(new() { HasText = account }).ClickAsync();
            await page.GetByTestId("record-payment-amount").FillAsync("1000");
            await page.GetByTestId("record-payment-save").ClickAsync();

            await Expect(page.GetByTestId("invoice-status")).ToHaveTextAsync("Оплачен частично");
            await Expect(page.GetByTestId("invoice-amount-paid")).ToHaveTextAsync(new Regex(@"1\s000,00"));
            await Expect(page.GetByTestId("invoice-amount-due")).ToHaveTextAsync(new Regex(@"2\s000,00"));
            await Expect(page.GetByTestId("invoice-payment")).ToHaveCountAsync(1);

            // Receivables move with the payment.
            (await OwedAsync(api, company)).ShouldBe(2000m);

            // The invoice list shows it with what is left to pay.
            await page.GetByTestId("nav-finance-invoices").ClickAsync();
            await page.GetByTestId("invoices-search").FillAsync(token);
            var row = page.GetByTestId("invoices-row");
            await Expect(row).ToHaveCountAsync(1);
            await Expect(row.GetByTestId("invoices-row-status")).ToHaveTextAsync("Оплачен частично");
            await Expect(row.GetByTestId("invoices-row-due")).ToHaveTextAsync(new Regex(@"2\s000,00"));

            var accounts = await api.GetFromJsonAsync<JsonElement>("/api/finance/accounts");
            accounts.EnumerateArray().Single(a => a.GetProperty("name").GetString() == account).GetProperty("balance").GetDecimal().ShouldBe(1000m);
        });

    /// <summary>What the client owes today by the receivables aging (not due yet: the invoice is due after the payment terms).</summary>
    private static async Task<decimal> OwedAsync(HttpClient api, Guid company)
    {
        var aging = await api.GetFromJsonAsync<JsonElement>("/api/finance/receivables/aging");
        var row = aging.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("companyId").GetGuid() == company);
        row.GetProperty("notDue").GetDecimal().ShouldBe(row.GetProperty("total").GetDecimal());
        return row.GetProperty("total").GetDecimal();
    }

    private static async Task UntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The condition did not become true in 20 s.");
            await Task.Delay(200);
        }
    }
}
