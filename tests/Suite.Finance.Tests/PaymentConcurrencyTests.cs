using System.Net;
using System.Net.Http.Json;
using Shouldly;
using Suite.Finance.Domain.Invoices;
using Suite.TestBase;
using Xunit;
using static Suite.Finance.Tests.FinanceApi;
using static Suite.TestBase.ResponseJson;

namespace Suite.Finance.Tests;

/// <summary>Allocations racing for one invoice on PostgreSQL, where requests really run at once.</summary>
public sealed class PaymentConcurrencyTestsOnPostgreSql(PostgreSqlHost host) : IClassFixture<PostgreSqlHost>
{
    [Fact]
    public async Task Should_Never_Allocate_More_Than_The_Invoice_Total_However_Many_Allocations_Race()
    {
        const decimal total = 1_000m;
        const decimal part = 150m;
        var admin = await host.AdminAsync();
        var client = await ClientAsync(host, admin);
        var bank = await BankAccountAsync(admin);
        var invoice = await IssuedInvoiceAsync(host, client, total);
        var advances = new List<Guid>();
        for (var i = 0; i < 20; i++)
            advances.Add((await PaidAsync(admin, new { accountId = bank, direction = "incoming", date = new DateOnly(2026, 11, 10), amount = part, companyId = client }))
                .GetProperty("id").GetGuid());

        var clients = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => host.AdminAsync()));
        var responses = await Task.WhenAll(advances.Select((id, i) => clients[i].PostAsJsonAsync($"/api/finance/payments/{id}/allocate",
            new { allocations = new[] { new { invoiceId = invoice.Id, amount = part } } })));

        var succeeded = responses.Count(r => r.StatusCode == HttpStatusCode.OK);
        succeeded.ShouldBe((int)Math.Floor(total / part));
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.Conflict, await refused.Content.ReadAsStringAsync());
            (await Json(refused)).GetProperty("code").GetString().ShouldBe("Finance.Invoice.OverAllocated");
        }

        (await InvoiceStateAsync(host, invoice.Id)).ShouldBe((InvoiceStatus.PartiallyPaid, succeeded * part));
        var allocated = await Json(await admin.GetAsync($"/api/finance/payments?companyId={client}&maxResultCount=100"));
        allocated.GetProperty("items").EnumerateArray().Sum(p => p.GetProperty("allocated").GetDecimal()).ShouldBe(succeeded * part);
    }
}
