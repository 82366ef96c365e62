using System.Net;
using System.Net.Http.Json;
using Shouldly;
using Suite.TestBase;
using Xunit;
using static Suite.Finance.Tests.FinanceApi;
using static Suite.TestBase.ResponseJson;

namespace Suite.Finance.Tests;

/// <summary>
/// 50 clients issue 5,000 drafts of one series at once on PostgreSQL: the numbers are exactly 1..5,000, no gap and no
/// repeat. (SQLite runs one write transaction at a time, so only PostgreSQL can show a race.)
/// </summary>
public sealed class InvoiceNumberConcurrencyTestsOnPostgreSql(PostgreSqlHost host) : IClassFixture<PostgreSqlHost>
{
    private const int Invoices = 5000;
    private const int Clients = 50;

    [Fact]
    public async Task Should_Number_5000_Invoices_Issued_By_50_Clients_At_Once_Exactly_1_To_5000()
    {
        var admin = await host.AdminAsync();
        var client = await ClientAsync(admin);
        var prefix = "К" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        await SetInvoicePrefixAsync(admin, prefix);
        var clients = await Task.WhenAll(Enumerable.Range(0, Clients).Select(_ => host.AdminAsync()));
        var year = CompanyToday.Year;

        var drafts = await ForEachAsync(Enumerable.Range(0, Invoices), async (http, i) =>
        {
            var response = await http.PostAsJsonAsync("/api/finance/invoices", new
            {
                companyId = client, lines = new[] { Line($"Услуга {i}", 1, 10m + i % 100, 22m) },
            });
            response.StatusCode.ShouldBe(HttpStatusCode.Created);
            return (await Json(response)).GetProperty("id").GetGuid();
        }, clients);

        var numbers = await ForEachAsync(drafts, async (http, id) =>
        {
            var response = await http.PostAsync($"/api/finance/invoices/{id}/issue", null);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            return (await Json(response)).GetProperty("number").GetString()!;
        }, clients);

        numbers.Order().ShouldBe(Enumerable.Range(1, Invoices).Select(n => $"{prefix}-{year}-{n:D6}"));
        await SetInvoicePrefixAsync(admin, "СЧ");
    }

    /// <summary>Runs <paramref name="work"/> over the items with one worker per client, each taking the next item.</summary>
    private static async Task<List<TResult>> ForEachAsync<T, TResult>(IEnumerable<T> items, Func<HttpClient, T, Task<TResult>> work,
        IReadOnlyList<HttpClient> clients)
    {
        var queue = new System.Collections.Concurrent.ConcurrentQueue<T>(items);
        var results = new System.Collections.Concurrent.ConcurrentBag<TResult>();
        await Task.WhenAll(clients.Select(http => Task.Run(async () =>
        {
            while (queue.TryDequeue(out var item))
                results.Add(await work(http, item));
        })));
        return results.ToList();
    }
}
