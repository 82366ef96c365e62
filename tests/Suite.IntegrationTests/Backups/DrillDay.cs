using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using Suite.TestBase;
using static Suite.TestBase.ResponseJson;

namespace Suite.IntegrationTests.Backups;

/// <summary>
/// A day of the window company across every module, through the API: windows received into stock, a client, a task on
/// it, an invoice issued (Docs prints its PDF) with two windows shipped, part of it paid into the bank. Then the figures
/// a restore must give back unchanged.
/// </summary>
internal sealed class DrillDay(HttpClient admin)
{
    public string Token { get; } = Guid.NewGuid().ToString("N")[..8];
    public Guid ClientId { get; private set; }
    public Guid InvoiceId { get; private set; }
    public Guid InvoicePdfId { get; private set; }

    public static DateOnly Today =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow")).DateTime);

    public async Task LiveAsync()
    {
        var bank = await IdAsync(await admin.PostAsJsonAsync("/api/finance/accounts", new
        {
            name = $"Расчётный счёт {Token}", kind = "bank", bankName = "ПАО Сбербанк", bic = "044525225",
            accountNumber = "40702810" + Random.Shared.NextInt64(100_000_000_000, 999_999_999_999), correspondentAccount = "30101810400000000225",
        }));
        var warehouseId = await IdAsync(await admin.PostAsJsonAsync("/api/stock/warehouses", new { name = $"Склад {Token}" }));
        var productId = await IdAsync(await admin.PostAsJsonAsync("/api/stock/products",
            new { sku = $"OKNO-{Token}", name = $"Окно ПВХ {Token}", unit = "шт", salePrice = 30_000m, vatRate = 22m }));
        await PostedAsync(new { kind = "receipt", warehouseId, lines = new[] { new { productId, quantity = 3m, unitCost = 12_000m } } });

        ClientId = await IdAsync(await admin.PostAsJsonAsync("/api/crm/companies", new { name = $"ООО «Дом у озера {Token}»", taxId = "7707083893" }));
        await Eventually.Until(async () => (await admin.GetAsync($"/api/finance/customers/{ClientId}")).StatusCode == HttpStatusCode.OK,
            what: "Finance's copy of the client");
        // Tasks knows the card once its copy of the company has come over the bus.
        await Eventually.Until(async () =>
        {
            var response = await admin.PostAsJsonAsync("/api/tasks", new { title = $"Замер у клиента {Token}", entityType = "company", entityId = ClientId });
            return $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
        }, r => r.StartsWith("201", StringComparison.Ordinal), what: "a task on the client's card");

        var invoice = await admin.PostAsJsonAsync("/api/finance/invoices", new
        {
            companyId = ClientId, issue = true,
            lines = new[] { new { description = "Окно ПВХ", quantity = 2m, unitPrice = 30_000m, vatRate = (decimal?)22m, productId = (Guid?)productId } },
        });
        InvoiceId = await IdAsync(invoice);
        await PostedAsync(new { kind = "shipment", warehouseId, lines = new[] { new { productId, quantity = 2m } } });
        (await admin.PostAsJsonAsync("/api/finance/payments", new
        {
            accountId = bank, direction = "incoming", date = Today, amount = 20_000m, companyId = ClientId, purpose = $"Оплата по счёту {Token}",
            allocations = new[] { new { invoiceId = InvoiceId, amount = 20_000m } },
        })).StatusCode.ShouldBe(HttpStatusCode.Created);

        InvoicePdfId = await Eventually.Until(async () =>
        {
            var page = await Json(await admin.GetAsync($"/api/docs/documents?entityType=invoice&entityId={InvoiceId}"));
            return page.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("id").GetGuid()).FirstOrDefault();
        }, id => id != Guid.Empty, what: "the invoice's PDF");
        await Eventually.Until(async () => (await Json(await admin.GetAsync("/api/finance/checks/inventory"))).GetProperty("difference").GetDecimal() == 0m,
            what: "account 41 to equal the stock value");
    }

    /// <summary>The trial balance, the stock value by product, the open receivables and the invoice's PDF, as a client reads them.</summary>
    public static async Task<Figures> FiguresAsync(HttpClient client, Guid invoicePdfId)
    {
        var trialBalance = await client.GetStringAsync($"/api/finance/reports/trial-balance?from={Today.AddYears(-1):yyyy-MM-dd}&to={Today:yyyy-MM-dd}");
        var stock = await client.GetStringAsync("/api/stock/balances?maxResultCount=1000&sorting=productName");
        var receivables = await client.GetStringAsync($"/api/finance/receivables/aging?asOf={Today:yyyy-MM-dd}");
        var pdf = await client.GetByteArrayAsync($"/api/docs/documents/{invoicePdfId}/file");
        return new Figures(trialBalance, stock, receivables, pdf);
    }

    private async Task PostedAsync(object document)
    {
        var id = await IdAsync(await admin.PostAsJsonAsync("/api/stock/documents", document));
        var posted = await admin.PostAsync($"/api/stock/documents/{id}/post", null);
        posted.StatusCode.ShouldBe(HttpStatusCode.OK, await posted.Content.ReadAsStringAsync());
    }

    private static async Task<Guid> IdAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await Json(response)).GetProperty("id").GetGuid();
    }
}

internal sealed record Figures(string TrialBalance, string StockByProduct, string Receivables, byte[] InvoicePdf);
