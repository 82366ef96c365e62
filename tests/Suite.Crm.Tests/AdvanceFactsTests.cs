using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using Suite.TestBase;
using Xunit;
using static Suite.Crm.Tests.SalesApi;
using static Suite.TestBase.ResponseJson;

namespace Suite.Crm.Tests;

/// <summary>
/// A client's advance applied to an invoice later counts as paid on the day it is applied, through the real bus
/// (Finance publishes the allocation, Crm's sales facts hear it); a cancelled payment takes it back on the day of the
/// cancellation. March 2024: an invoice of 12,200 (10,000 + 22 % VAT) on the 4th, an advance of 15,000 on the 5th, 12,200
/// of it applied on the 11th; the remaining 2,800 stays the client's advance and is not "paid".
/// </summary>
public abstract class AdvanceFactsTests(SuiteHost host)
{
    [Fact]
    public async Task Should_Count_An_Advance_As_Paid_On_The_Day_It_Is_Applied_And_Take_It_Back_When_Cancelled()
    {
        var admin = await host.AdminAsync();
        var source = await SourceAsync(admin, "Авансы");
        var client = await CompanyAsync(admin, admin, source.Id);
        var deal = await WonDealAsync(admin, admin, client, "Окна с предоплатой", source.Id, 10_000m);
        var window = await ProductAsync(admin, "Окно ПВХ", 10_000m);
        var invoice = await IssuedInvoiceAsync(admin, client, deal, new DateOnly(2024, 3, 4), Line(window.Id, 1, 10_000m, 22m));
        var bank = await BankAccountAsync(admin);

        var advance = await admin.PostAsJsonAsync("/api/finance/payments",
            new { accountId = bank, direction = "incoming", date = new DateOnly(2024, 3, 5), amount = 15_000m, companyId = client });
        advance.StatusCode.ShouldBe(HttpStatusCode.Created, await advance.Content.ReadAsStringAsync());
        var payment = (await Json(advance)).GetProperty("id").GetGuid();
        var allocated = await admin.PostAsJsonAsync($"/api/finance/payments/{payment}/allocate",
            new { date = new DateOnly(2024, 3, 11), allocations = new[] { new { invoiceId = invoice, amount = 12_200m } } });
        allocated.StatusCode.ShouldBe(HttpStatusCode.OK, await allocated.Content.ReadAsStringAsync());

        var march = await Eventually.Until(() => ChannelAsync(admin, source.Name, "2024-03-01", "2024-03-31"),
            r => r.Paid != 0m, what: "the applied advance in the sales facts");
        march.ShouldBe((10_000m, 12_200m), "revenue net of VAT; paid: the part applied to the invoice, not the whole advance");
        (await ChannelAsync(admin, source.Name, "2024-03-05", "2024-03-10")).Paid.ShouldBe(0m, "an advance is not a payment of an invoice yet");
        (await ChannelAsync(admin, source.Name, "2024-03-11", "2024-03-11")).Paid.ShouldBe(12_200m);

        var cancelled = await admin.PostAsync($"/api/finance/payments/{payment}/cancel", null);
        cancelled.StatusCode.ShouldBe(HttpStatusCode.OK, await cancelled.Content.ReadAsStringAsync());
        var today = (await Json(cancelled)).GetProperty("cancelledOn").GetString()!;
        (await Eventually.Until(() => ChannelAsync(admin, source.Name, today, today), r => r.Paid != 0m, what: "the cancellation"))
            .Paid.ShouldBe(-12_200m);
        (await ChannelAsync(admin, source.Name, "2024-03-01", "2024-03-31")).ShouldBe((10_000m, 12_200m), "March keeps what happened in March");
    }

    private static async Task<(decimal Revenue, decimal Paid)> ChannelAsync(HttpClient client, string channel, string from, string to)
    {
        var report = await GetAsync(client, $"/api/crm/reports/profit-by-channel?from={from}&to={to}");
        var row = report.GetProperty("rows").EnumerateArray().SingleOrDefault(r => r.GetProperty("name").GetString() == channel);
        return row.ValueKind == JsonValueKind.Undefined ? (0m, 0m) : (row.GetProperty("revenue").GetDecimal(), row.GetProperty("paid").GetDecimal());
    }
}

public sealed class AdvanceFactsTestsOnSqlite(SqliteHost host) : AdvanceFactsTests(host), IClassFixture<SqliteHost>;

public sealed class AdvanceFactsTestsOnPostgreSql(PostgreSqlHost host) : AdvanceFactsTests(host), IClassFixture<PostgreSqlHost>;
