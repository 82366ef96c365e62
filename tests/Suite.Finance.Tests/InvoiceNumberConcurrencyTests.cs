using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Suite.Finance.Data;
using Suite.Finance.Domain.Invoices;
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
        // One sign-in, 50 connections with its token: the test is about issuing, not about signing in at once.
        var clients = Enumerable.Range(0, Clients).Select(_ =>
        {
            var http = host.Anonymous();
            http.DefaultRequestHeaders.Authorization = admin.DefaultRequestHeaders.Authorization;
            return http;
        }).ToList();
        var year = CompanyToday.Year;
        var ownerId = (await Json(await admin.GetAsync($"/api/finance/customers/{client}"))).GetProperty("ownerId").GetGuid();

        // The drafts are set up straight in the database (5,000 POSTs would take longer than the race itself); the
        // issuing, which is what may race, goes through the API.
        var drafts = new List<Guid>();
        using (var scope = host.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FinanceDbContext>();
            for (var i = 0; i < Invoices; i++)
            {
                var invoice = new Invoice(client, null, ownerId);
                invoice.Draft(client, null, ownerId, CompanyToday, CompanyToday.AddDays(5), false, null,
                    [new InvoiceLine(1, null, $"Услуга {i}", "шт", 1, 10m + i % 100, 22m, false)]);
                db.Invoices.Add(invoice);
                drafts.Add(invoice.Id);
            }

            await db.SaveChangesAsync();
        }

        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var numbers = await ForEachAsync(drafts, async (http, id) =>
        {
            var response = await http.PostAsync($"/api/finance/invoices/{id}/issue", null);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            return (await Json(response)).GetProperty("number").GetString()!;
        }, clients);

        numbers.Order().ShouldBe(Enumerable.Range(1, Invoices).Select(n => $"{prefix}-{year}-{n:D6}"));
        await SetInvoicePrefixAsync(admin, "СЧ");
        // Not asserted: the time depends on how busy the machine is.
        Console.WriteLine($"5,000 invoices issued by 50 clients in {stopwatch.Elapsed.TotalSeconds:0.0} s");
    }

    /// <summary>
    /// The same series taken from both paths at once: 1,000 invoices by 20 clients, every other one created and issued in one
    /// call (<c>issue: true</c>), the rest drafted and then issued; the numbers are exactly 1..1,000.
    /// </summary>
    [Fact]
    public async Task Should_Number_Invoices_Issued_In_One_Call_And_In_Two_At_Once_Exactly_1_To_N()
    {
        const int invoices = 1000;
        var admin = await host.AdminAsync();
        var client = await ClientAsync(admin);
        var prefix = "Е" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        await SetInvoicePrefixAsync(admin, prefix);
        var clients = Enumerable.Range(0, 20).Select(_ =>
        {
            var http = host.Anonymous();
            http.DefaultRequestHeaders.Authorization = admin.DefaultRequestHeaders.Authorization;
            return http;
        }).ToList();

        var numbers = await ForEachAsync(Enumerable.Range(0, invoices), async (http, n) =>
        {
            var lines = new[] { Line($"Услуга {n}", 1, 10m + n % 100, 22m) };
            var created = await http.PostAsJsonAsync("/api/finance/invoices", new { companyId = client, lines, issue = n % 2 == 0 });
            created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
            var invoice = await Json(created);
            if (n % 2 == 0)
                return invoice.GetProperty("number").GetString()!;
            var issued = await http.PostAsync($"/api/finance/invoices/{invoice.GetProperty("id").GetGuid()}/issue", null);
            issued.StatusCode.ShouldBe(HttpStatusCode.OK, await issued.Content.ReadAsStringAsync());
            return (await Json(issued)).GetProperty("number").GetString()!;
        }, clients);

        numbers.Order().ShouldBe(Enumerable.Range(1, invoices).Select(n => $"{prefix}-{CompanyToday.Year}-{n:D6}"));
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
