using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using Suite.TestBase;
using Xunit;
using static Suite.Finance.Tests.FinanceApi;
using static Suite.TestBase.ResponseJson;

namespace Suite.Finance.Tests;

/// <summary>Invoices from draft to issue and cancel: VAT per line, the series, the postings, the events, the lock date.</summary>
public abstract class InvoiceTests(SuiteHost host)
{
    private static DateOnly Today => CompanyToday;

    [Fact]
    public async Task Should_Round_Vat_To_Kopecks_On_Each_Line_For_Every_Rate_With_Net_Prices()
    {
        var admin = await host.AdminAsync();
        var client = await ClientAsync(admin);
        var invoice = await DraftAsync(admin, client,
        [
            Line("Скрепка", 1, 0.05m, 22m),      // VAT 0.011 → 0.01, total 0.06
            Line("Папка", 3, 33.33m, 10m),       // net 99.99, VAT 9.999 → 10.00, total 109.99
            Line("Книга", 1, 100m, 7m),          // VAT 7.00
            Line("Марка", 1, 0.10m, 5m),         // VAT 0.005 → 0.01 (half away from zero), total 0.11
            Line("Экспорт", 2, 50m, 0m),         // VAT 0
            Line("Консультация", 1, 10m, null),  // без НДС
        ]);
        Lines(invoice).ShouldBe([
            (0.05m, 0.01m, 0.06m), (99.99m, 10.00m, 109.99m), (100m, 7m, 107m), (0.10m, 0.01m, 0.11m), (100m, 0m, 100m), (10m, 0m, 10m),
        ]);
        invoice.GetProperty("totalNet").GetDecimal().ShouldBe(310.14m);
        invoice.GetProperty("totalVat").GetDecimal().ShouldBe(17.02m);
        invoice.GetProperty("total").GetDecimal().ShouldBe(327.16m);
        invoice.GetProperty("status").GetString().ShouldBe("draft");
        invoice.GetProperty("number").ValueKind.ShouldBe(JsonValueKind.Null);
        invoice.GetProperty("lines")[0].GetProperty("unit").GetString().ShouldBe("шт");
        invoice.GetProperty("vatByRate").EnumerateArray()
            .Select(v => (Rate: v.GetProperty("rate").ValueKind == JsonValueKind.Null ? (decimal?)null : v.GetProperty("rate").GetDecimal(),
                Net: v.GetProperty("net").GetDecimal(), Vat: v.GetProperty("vat").GetDecimal()))
            .ShouldBe([(22m, 0.05m, 0.01m), (10m, 99.99m, 10.00m), (7m, 100m, 7m), (5m, 0.10m, 0.01m), (0m, 100m, 0m), (null, 10m, 0m)]);
        // Due after the default payment terms (5 days) from today's issue date.
        var issueDate = DateOnly.Parse(invoice.GetProperty("issueDate").GetString()!);
        DateOnly.Parse(invoice.GetProperty("dueDate").GetString()!).ShouldBe(issueDate.AddDays(5));
    }

    [Fact]
    public async Task Should_Take_Vat_Out_Of_Vat_Inclusive_Prices_Rounded_Per_Line()
    {
        var admin = await host.AdminAsync();
        var client = await ClientAsync(admin);
        var invoice = await DraftAsync(admin, client,
        [
            Line("Окно", 1, 122m, 22m),    // VAT 122 × 22 / 122 = 22.00, net 100.00
            Line("Скрепка", 1, 0.05m, 22m), // VAT 0.05 × 22 / 122 = 0.009 → 0.01, net 0.04
            Line("Папка", 3, 33.33m, 10m),  // total 99.99, VAT 9.09, net 90.90
            Line("Марка", 1, 100m, 5m),     // VAT 100 × 5 / 105 = 4.7619 → 4.76, net 95.24
            Line("Книга", 1, 107m, 7m),     // VAT 7.00, net 100.00
        ], new { pricesIncludeVat = true });
        Lines(invoice).ShouldBe([(100m, 22m, 122m), (0.04m, 0.01m, 0.05m), (90.90m, 9.09m, 99.99m), (95.24m, 4.76m, 100m), (100m, 7m, 107m)]);
        invoice.GetProperty("total").GetDecimal().ShouldBe(429.04m);
        invoice.GetProperty("totalVat").GetDecimal().ShouldBe(42.86m);
        invoice.GetProperty("totalNet").GetDecimal().ShouldBe(386.18m);
        invoice.GetProperty("pricesIncludeVat").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Should_Refuse_A_Line_Without_Description_A_Zero_Quantity_A_Negative_Price_A_Foreign_Rate_And_Too_Many_Lines()
    {
        var admin = await host.AdminAsync();
        var client = await ClientAsync(admin);
        async Task<string> Refused(object[] lines)
        {
            var response = await admin.PostAsJsonAsync("/api/finance/invoices", new { companyId = client, lines });
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
            return await response.Content.ReadAsStringAsync();
        }

        (await Refused([Line("", 1, 1, 22m)])).ShouldContain("description");
        (await Refused([Line("Окно", 0, 1, 22m)])).ShouldContain("quantity");
        (await Refused([Line("Окно", 1, -1, 22m)])).ShouldContain("unitPrice");
        (await Refused([Line("Окно", 1, 1, 20m)])).ShouldContain("vatRate");
        (await Refused(Enumerable.Range(0, 201).Select(i => Line($"Строка {i}", 1, 1, 22m)).ToArray())).ShouldContain("lines");
        (await admin.PostAsJsonAsync("/api/finance/invoices", new { companyId = Guid.NewGuid(), lines = new[] { Line("Окно", 1, 1, 22m) } }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetAsync("/api/finance/invoices?status=sent")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Should_Issue_With_The_Next_Number_Post_Receivable_Revenue_And_Vat_Freeze_The_Buyer_And_Publish_It_Once()
    {
        var admin = await host.AdminAsync();
        var name = Unique("ООО Ромашка");
        var client = await ClientAsync(admin, name, "7707083893");
        var draft = await DraftAsync(admin, client, [Line("Окно ПВХ", 2, 5000m, 22m), Line("Доставка", 1, 1000m, null)]);
        var id = draft.GetProperty("id").GetGuid();

        var issued = await IssueAsync(admin, id);
        issued.GetProperty("status").GetString().ShouldBe("issued");
        issued.GetProperty("number").GetString()!.ShouldMatch($@"^СЧ-{Today.Year}-\d{{6}}$");
        issued.GetProperty("buyer").GetProperty("name").GetString().ShouldBe(name);
        issued.GetProperty("buyer").GetProperty("taxId").GetString().ShouldBe("7707083893");
        issued.GetProperty("total").GetDecimal().ShouldBe(13200m);
        issued.GetProperty("amountDue").GetDecimal().ShouldBe(13200m);
        (await PostingsAsync(host, id)).ShouldBe([("62.01", "90.01", 13200m), ("90.03", "68.02", 2200m)], ignoreOrder: true);

        var again = await admin.PostAsync($"/api/finance/invoices/{id}/issue", null);
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await CodeOf(again)).ShouldBe("Finance.Invoice.NotDraft");
        (await admin.PutAsJsonAsync($"/api/finance/invoices/{id}", new
        {
            companyId = client, lines = new[] { Line("Окно", 1, 1, 22m) }, concurrencyStamp = issued.GetProperty("concurrencyStamp").GetString(),
        })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await admin.DeleteAsync($"/api/finance/invoices/{id}")).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var published = (await EventsAsync(host, "Finance.Invoice.Issued", id)).ShouldHaveSingleItem();
        published.GetProperty("number").GetString().ShouldBe(issued.GetProperty("number").GetString());
        published.GetProperty("seller").GetProperty("name").GetString().ShouldNotBeNullOrEmpty();
        published.GetProperty("lines").GetArrayLength().ShouldBe(2);
        published.GetProperty("vatByRate").GetArrayLength().ShouldBe(2);

        var listed = await Items(admin, $"/api/finance/invoices?companyId={client}&status=issued");
        listed.ShouldHaveSingleItem().GetProperty("companyName").GetString().ShouldBe(name);
        (await Items(admin, $"/api/finance/invoices?filter={issued.GetProperty("number").GetString()}")).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Should_Edit_And_Delete_A_Draft_And_Refuse_A_Stale_Stamp()
    {
        var admin = await host.AdminAsync();
        var client = await ClientAsync(admin);
        var draft = await DraftAsync(admin, client, [Line("Окно", 1, 100m, 22m)]);
        var id = draft.GetProperty("id").GetGuid();
        var body = new
        {
            companyId = client, issueDate = Today, dueDate = Today.AddDays(30), comment = "По договору 7",
            lines = new[] { Line("Окно", 2, 100m, 22m), Line("Монтаж", 1, 50m, 22m) },
            concurrencyStamp = draft.GetProperty("concurrencyStamp").GetString(),
        };
        var edited = await admin.PutAsJsonAsync($"/api/finance/invoices/{id}", body);
        edited.StatusCode.ShouldBe(HttpStatusCode.OK, await edited.Content.ReadAsStringAsync());
        var invoice = await Json(edited);
        invoice.GetProperty("total").GetDecimal().ShouldBe(305m);
        invoice.GetProperty("comment").GetString().ShouldBe("По договору 7");
        invoice.GetProperty("dueDate").GetString().ShouldBe(Today.AddDays(30).ToString("yyyy-MM-dd"));
        (await admin.PutAsJsonAsync($"/api/finance/invoices/{id}", body)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await admin.DeleteAsync($"/api/finance/invoices/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await admin.GetAsync($"/api/finance/invoices/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_Cancel_By_A_Reversal_Dated_Today_That_Brings_The_Receivable_Back_To_Zero()
    {
        var admin = await host.AdminAsync();
        var client = await ClientAsync(admin);
        var issued = await IssuedAsync(admin, client, 1500m, Today.AddDays(-3), Today.AddDays(2));
        var id = issued.GetProperty("id").GetGuid();

        var cancelled = await admin.PostAsync($"/api/finance/invoices/{id}/cancel", null);
        cancelled.StatusCode.ShouldBe(HttpStatusCode.OK, await cancelled.Content.ReadAsStringAsync());
        (await Json(cancelled)).GetProperty("status").GetString().ShouldBe("cancelled");
        (await PostingsAsync(host, id)).Where(p => p.Debit == "62.01").Sum(p => p.Amount).ShouldBe(0m);
        (await PostingsAsync(host, id)).ShouldContain(("62.01", "90.01", -1500m));
        (await EventsAsync(host, "Finance.Invoice.Cancelled", id)).ShouldHaveSingleItem().GetProperty("date").GetString()
            .ShouldBe(Today.ToString("yyyy-MM-dd"));
        var twice = await admin.PostAsync($"/api/finance/invoices/{id}/cancel", null);
        twice.StatusCode.ShouldBe(HttpStatusCode.Conflict);

        // The statement shows the invoice and its storno; the client owes nothing.
        var statement = await Json(await admin.GetAsync(
            $"/api/finance/receivables/reconciliation?companyId={client}&from={Today.AddDays(-10):yyyy-MM-dd}&to={Today:yyyy-MM-dd}"));
        statement.GetProperty("openingBalance").GetDecimal().ShouldBe(0m);
        statement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("debit").GetDecimal()).ShouldBe([1500m, -1500m]);
        statement.GetProperty("closingBalance").GetDecimal().ShouldBe(0m);
    }

    [Fact]
    public async Task Should_Refuse_To_Issue_On_Or_Before_The_Lock_Date_With_The_Date()
    {
        var admin = await host.AdminAsync();
        var client = await ClientAsync(admin);
        var lockDate = Today.AddDays(-10);
        var draft = await DraftAsync(admin, client, [Line("Окно", 1, 100m, 22m)], new { issueDate = lockDate, dueDate = lockDate.AddDays(5) });
        await LockAsync(admin, lockDate);
        try
        {
            var refused = await admin.PostAsync($"/api/finance/invoices/{draft.GetProperty("id").GetGuid()}/issue", null);
            refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
            var problem = await Json(refused);
            problem.GetProperty("code").GetString().ShouldBe("Finance.LockDate");
            problem.GetProperty("lockDate").GetString().ShouldBe(lockDate.ToString("yyyy-MM-dd"));
            var still = await Json(await admin.GetAsync($"/api/finance/invoices/{draft.GetProperty("id").GetGuid()}"));
            still.GetProperty("status").GetString().ShouldBe("draft");
            (await PostingsAsync(host, draft.GetProperty("id").GetGuid())).ShouldBeEmpty();
        }
        finally
        {
            await LockAsync(admin, null);
        }
    }

    [Fact]
    public async Task Should_Restart_The_Series_Each_Year_Under_The_Configured_Prefix()
    {
        var admin = await host.AdminAsync();
        var client = await ClientAsync(admin);
        var prefix = "Т" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        await SetInvoicePrefixAsync(admin, prefix);
        try
        {
            var first = await IssuedAsync(admin, client, 10m, new DateOnly(2025, 12, 30), new DateOnly(2026, 1, 10));
            var second = await IssuedAsync(admin, client, 10m, new DateOnly(2025, 12, 31), new DateOnly(2026, 1, 10));
            var nextYear = await IssuedAsync(admin, client, 10m, new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 10));
            first.GetProperty("number").GetString().ShouldBe($"{prefix}-2025-000001");
            second.GetProperty("number").GetString().ShouldBe($"{prefix}-2025-000002");
            nextYear.GetProperty("number").GetString().ShouldBe($"{prefix}-2026-000001");
        }
        finally
        {
            await SetInvoicePrefixAsync(admin, "СЧ");
        }
    }

    [Fact]
    public async Task Should_Draft_From_A_Deal_With_Its_Lines_The_Products_Vat_And_Unit_And_The_Default_Rate_Elsewhere()
    {
        var admin = await host.AdminAsync();
        var sku = Unique("SKU");
        var product = await Json(await admin.PostAsJsonAsync("/api/stock/products",
            new { sku, name = "Цемент М500", unit = "кг", salePrice = 11m, vatRate = 10m }));
        var productId = product.GetProperty("id").GetGuid();
        var picked = await Eventually.Until(() => Items(admin, $"/api/finance/products?filter={sku}"), p => p.Count == 1,
            what: "Finance's copy of the product");
        picked[0].GetProperty("unit").GetString().ShouldBe("кг");
        picked[0].GetProperty("vatRate").GetDecimal().ShouldBe(10m);

        var client = await ClientAsync(admin);
        var dealId = await DealAsync(admin, client, "Стройка склада",
        [
            new { description = "Цемент М500", quantity = 100m, unitPrice = 11m, productId },
            new { description = "Доставка", quantity = 1m, unitPrice = 1220m },
        ]);
        var created = await admin.PostAsync($"/api/finance/invoices/from-deal/{dealId}", null);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var invoice = await Json(created);
        invoice.GetProperty("dealId").GetGuid().ShouldBe(dealId);
        invoice.GetProperty("dealTitle").GetString().ShouldBe("Стройка склада");
        invoice.GetProperty("companyId").GetGuid().ShouldBe(client);
        invoice.GetProperty("pricesIncludeVat").GetBoolean().ShouldBeTrue();
        var lines = invoice.GetProperty("lines").EnumerateArray().ToList();
        lines.Select(l => (l.GetProperty("unit").GetString(), l.GetProperty("vatRate").GetDecimal())).ShouldBe([("кг", 10m), ("шт", 22m)]);
        // The deal's amount is what the client pays: 1100 incl. VAT 100.00 and 1220 incl. VAT 220.00.
        invoice.GetProperty("total").GetDecimal().ShouldBe(2320m);
        invoice.GetProperty("totalVat").GetDecimal().ShouldBe(320m);
        (await Items(admin, $"/api/finance/invoices?dealId={dealId}")).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Should_Let_A_Sales_Manager_Invoice_And_See_Only_Their_Own_Clients_And_Deals()
    {
        var (anna, annaId) = await host.UserAsync("sales");
        var (boris, _) = await host.UserAsync("sales");
        var (director, _) = await host.UserAsync("director");
        var annasClient = await ClientAsync(anna);
        var annasDeal = await DealAsync(anna, annasClient, "Окна для Анны", [new { description = "Окно", quantity = 1m, unitPrice = 100m }]);
        var draft = await DraftAsync(anna, annasClient, [Line("Окно", 1, 100m, 22m)]);
        var id = draft.GetProperty("id").GetGuid();
        draft.GetProperty("ownerId").GetGuid().ShouldBe(annaId);

        (await boris.GetAsync($"/api/finance/invoices/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await boris.PostAsync($"/api/finance/invoices/{id}/issue", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await boris.PostAsync($"/api/finance/invoices/from-deal/{annasDeal}", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await boris.PostAsJsonAsync("/api/finance/invoices", new { companyId = annasClient, lines = new[] { Line("Окно", 1, 1, 22m) } }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Items(boris, "/api/finance/invoices?maxResultCount=1000")).ShouldNotContain(i => i.GetProperty("id").GetGuid() == id);
        (await Items(boris, "/api/finance/deals?maxResultCount=1000")).ShouldNotContain(d => d.GetProperty("id").GetGuid() == annasDeal);

        (await IssueAsync(anna, id)).GetProperty("status").GetString().ShouldBe("issued");
        (await anna.PostAsync($"/api/finance/invoices/from-deal/{annasDeal}", null)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await Items(anna, "/api/finance/invoices?maxResultCount=1000")).Count.ShouldBe(2);
        (await Items(director, $"/api/finance/invoices?companyId={annasClient}")).Count.ShouldBe(2);
        (await director.PostAsync($"/api/finance/invoices/{id}/cancel", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await anna.GetAsync("/api/finance/receivables/aging")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static List<(decimal Net, decimal Vat, decimal Total)> Lines(JsonElement invoice) => invoice.GetProperty("lines").EnumerateArray()
        .Select(l => (l.GetProperty("net").GetDecimal(), l.GetProperty("vat").GetDecimal(), l.GetProperty("total").GetDecimal())).ToList();
}

public sealed class InvoiceTestsOnSqlite(SqliteHost host) : InvoiceTests(host), IClassFixture<SqliteHost>;

public sealed class InvoiceTestsOnPostgreSql(PostgreSqlHost host) : InvoiceTests(host), IClassFixture<PostgreSqlHost>;
