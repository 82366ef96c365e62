using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Suite.Finance.Data;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Finance.Tests;

/// <summary>
/// Thousands of random operations through the API (invoices issued, paid in part, over-paid, over-allocated, cancelled;
/// payments cancelled; expenses, transfers; stock received, shipped, written off, counted), then the books
/// must hold: no line the database should refuse, a trial balance whose totals agree and whose closing balances add up
/// to exactly 0.00, money accounts equal to the ledger, receivables equal to issued less allocated, 41 equal to
/// Stock's value. Seeded, so a failure repeats. Its own host, so the books are this test's only.
/// </summary>
public abstract class LedgerPropertyTests(SuiteHost host, int operations)
{
    private readonly Random _random = new(20261202);

    [Fact]
    public async Task Should_Keep_The_Books_Balanced_And_Equal_To_Money_Receivables_And_Stock_After_Random_Operations()
    {
        var admin = await host.AdminAsync();
        var bank = await FinanceApi.BankAccountAsync(admin);
        var cash = await FinanceApi.CashDeskAsync(admin);
        var customerPayments = await FinanceApi.ArticleAsync(admin, "customer-payments");
        var expenses = new[] { await FinanceApi.ArticleAsync(admin, "rent"), await FinanceApi.ArticleAsync(admin, "advertising") };
        var clients = new List<Guid>();
        for (var i = 0; i < 3; i++)
            clients.Add(await FinanceApi.ClientAsync(admin));
        var warehouse = await FinanceApi.WarehouseAsync(admin);
        var products = new List<Guid>();
        for (var i = 0; i < 4; i++)
            products.Add(await FinanceApi.ProductAsync(admin));

        var invoices = new List<Invoice>();
        var payments = new List<Guid>();
        var stockDocuments = new List<Guid>();
        var refused = 0;
        for (var op = 0; op < operations; op++)
        {
            switch (_random.Next(12))
            {
                case 0 or 1:
                {
                    var lines = Enumerable.Range(0, _random.Next(1, 4)).Select(_ => FinanceApi.Line("Окно", _random.Next(1, 5),
                        _random.Next(100, 500_000) / 100m, new decimal?[] { 22m, 10m, 5m, 7m, 0m, null }[_random.Next(6)])).ToArray();
                    var draft = await FinanceApi.DraftAsync(admin, clients[_random.Next(clients.Count)], lines,
                        new { pricesIncludeVat = _random.Next(2) == 0 });
                    var issued = await FinanceApi.IssueAsync(admin, draft.GetProperty("id").GetGuid());
                    invoices.Add(new Invoice(issued.GetProperty("id").GetGuid(), issued.GetProperty("companyId").GetGuid()));
                    break;
                }
                case 2 or 3:
                {
                    // Part of what is due, all of it, or more: the rest is the client's advance.
                    if (await OpenInvoiceAsync(admin, invoices) is not { } invoice)
                        break;
                    var due = invoice.Due;
                    var allocate = _random.Next(3) == 0 ? due : Math.Max(0.01m, Math.Round(due * _random.Next(1, 100) / 100m, 2));
                    var amount = _random.Next(4) == 0 ? allocate + _random.Next(1, 10_000) / 100m : allocate;
                    var paid = await FinanceApi.PaidAsync(admin, new
                    {
                        accountId = _random.Next(3) == 0 ? cash : bank, direction = "incoming", amount, companyId = invoice.Value.CompanyId,
                        purpose = "Оплата", categoryId = customerPayments, allocations = new[] { new { invoiceId = invoice.Value.Id, amount = allocate } },
                    });
                    payments.Add(paid.GetProperty("id").GetGuid());
                    break;
                }
                case 4:
                {
                    // Allocating more than is due is refused and changes nothing.
                    if (await OpenInvoiceAsync(admin, invoices) is not { } invoice)
                        break;
                    var response = await FinanceApi.PayAsync(admin, new
                    {
                        accountId = bank, direction = "incoming", amount = invoice.Due + 1m, companyId = invoice.Value.CompanyId, purpose = "Переплата",
                        categoryId = customerPayments, allocations = new[] { new { invoiceId = invoice.Value.Id, amount = invoice.Due + 1m } },
                    });
                    response.StatusCode.ShouldBe(HttpStatusCode.Conflict, await response.Content.ReadAsStringAsync());
                    refused++;
                    break;
                }
                case 5:
                    if (invoices.Count > 0)
                        refused += Refused(await admin.PostAsync($"/api/finance/invoices/{invoices[_random.Next(invoices.Count)].Id}/cancel", null));
                    break;
                case 6:
                    if (payments.Count > 0)
                        refused += Refused(await admin.PostAsync($"/api/finance/payments/{payments[_random.Next(payments.Count)]}/cancel", null));
                    break;
                case 7:
                {
                    var response = await FinanceApi.PayAsync(admin, new
                    {
                        accountId = _random.Next(2) == 0 ? cash : bank, direction = "outgoing", amount = _random.Next(100, 2_000_000) / 100m,
                        purpose = "Расход", categoryId = expenses[_random.Next(expenses.Length)],
                    });
                    if (response.StatusCode == HttpStatusCode.Created)
                        payments.Add((await Json(response)).GetProperty("id").GetGuid());
                    else
                        refused += Refused(response); // a cash desk cannot pay out more than it holds
                    break;
                }
                case 8:
                {
                    var (from, to) = _random.Next(2) == 0 ? (bank, cash) : (cash, bank);
                    refused += Refused(await admin.PostAsJsonAsync("/api/finance/transfers", new { fromAccountId = from, toAccountId = to, amount = _random.Next(100, 500_000) / 100m, purpose = "Перевод" }));
                    break;
                }
                case 9:
                    stockDocuments.Add((await FinanceApi.StockDocumentAsync(admin, new
                    {
                        kind = "receipt", warehouseId = warehouse, lines = new[]
                        {
                            new { productId = products[_random.Next(products.Count)], quantity = (decimal)_random.Next(1, 20), unitCost = _random.Next(1, 1_000_000) / 1000m },
                        },
                    })).GetProperty("id").GetGuid());
                    break;
                case 10:
                {
                    var kind = new[] { "shipment", "shipment", "writeOff", "count" }[_random.Next(4)];
                    var productId = products[_random.Next(products.Count)];
                    var quantity = (decimal)_random.Next(1, 6);
                    var draft = await admin.PostAsJsonAsync("/api/stock/documents", new
                    {
                        kind, warehouseId = warehouse, reason = "Бой", lines = new[] { new { productId, quantity } },
                    });
                    draft.StatusCode.ShouldBe(HttpStatusCode.Created, await draft.Content.ReadAsStringAsync());
                    var id = (await Json(draft)).GetProperty("id").GetGuid();
                    var posted = await admin.PostAsync($"/api/stock/documents/{id}/post", null);
                    refused += Refused(posted); // not enough in stock
                    if (posted.IsSuccessStatusCode)
                        stockDocuments.Add(id);
                    break;
                }
                default:
                    // A stock document cancelled, possibly after its goods moved on: a receipt whose goods were shipped is
                    // refused; one partly shipped from other layers is undone at what is left of it.
                    if (stockDocuments.Count > 0)
                        refused += Refused(await admin.PostAsync($"/api/stock/documents/{stockDocuments[_random.Next(stockDocuments.Count)]}/cancel", null));
                    break;
            }
        }

        var today = FinanceApi.CompanyToday;
        using (var scope = host.Services.CreateScope())
        {
            // Every stock event handled, none failing: the handler must never give up on a document.
            var db = scope.ServiceProvider.GetRequiredService<FinanceDbContext>();
            await Eventually.Until(() => db.InboxMessages.AnyAsync(m => m.ProcessedAt == null && m.ParkedAt == null && m.LastError == null),
                busy => !busy, what: "the inbox to drain");
            (await db.InboxMessages.Where(m => m.ProcessedAt == null).Select(m => m.EventName + ": " + m.LastError).ToListAsync()).ShouldBeEmpty();
        }

        var stock = await FinanceApi.BooksFollowStockAsync(admin, today);
        refused.ShouldBeLessThan(operations, "most operations go through");

        // The database: no line it should have refused, and every entry has lines.
        using (var scope = host.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FinanceDbContext>();
            (await db.Postings.CountAsync(p => p.Amount == 0 || p.DebitAccount == p.CreditAccount)).ShouldBe(0);
            (await db.JournalEntries.CountAsync(e => !db.Postings.Any(p => p.EntryId == e.Id))).ShouldBe(0);
            var debits = await db.Postings.GroupBy(p => p.DebitAccount).Select(g => g.Sum(p => p.Amount)).ToListAsync();
            var credits = await db.Postings.GroupBy(p => p.CreditAccount).Select(g => g.Sum(p => p.Amount)).ToListAsync();
            debits.Sum().ShouldBe(credits.Sum());

            // The daily turnovers the P&L reads are the lines added up, to the kopeck, on every day, account and article.
            var lines = await db.Postings.Select(p => new { p.Date, p.DebitAccount, p.CreditAccount, p.ArticleId, p.Amount }).ToListAsync();
            var expected = lines.SelectMany(p => new[]
                {
                    (p.Date, Account: p.DebitAccount, Article: p.ArticleId ?? Guid.Empty, Debit: p.Amount, Credit: 0m),
                    (p.Date, Account: p.CreditAccount, Article: p.ArticleId ?? Guid.Empty, Debit: 0m, Credit: p.Amount),
                })
                .GroupBy(t => (t.Date, t.Account, t.Article))
                .Select(g => (g.Key.Date, g.Key.Account, g.Key.Article, Debit: g.Sum(t => t.Debit), Credit: g.Sum(t => t.Credit)))
                .OrderBy(t => t.Date).ThenBy(t => t.Account).ThenBy(t => t.Article).ToList();
            var kept = (await db.DailyTurnovers.ToListAsync())
                .Select(t => (t.Date, t.Account, Article: t.ArticleId, t.Debit, t.Credit))
                .OrderBy(t => t.Date).ThenBy(t => t.Account).ThenBy(t => t.Article).ToList();
            expected.ShouldNotBeEmpty();
            kept.ShouldBe(expected);
        }

        var tb = await FinanceApi.ReportAsync(admin, "trial-balance", today.AddYears(-1), today);
        var totals = tb.GetProperty("totals");
        totals.Money("debit").ShouldBe(totals.Money("credit"));
        totals.Money("closingDebit").ShouldBe(totals.Money("closingCredit"));
        tb.GetProperty("rows").EnumerateArray().Sum(r => r.Money("closingBalance")).ShouldBe(0.00m);
        decimal Closing(string account) => FinanceApi.Row(tb, account)?.Money("closingBalance") ?? 0m;

        // Money: each account's balance is what the ledger says, and 50 and 51 are the sums of them.
        var bankBalance = (await FinanceApi.AccountAsync(admin, bank)).Money("balance");
        var cashBalance = (await FinanceApi.AccountAsync(admin, cash)).Money("balance");
        bankBalance.ShouldBe(await FinanceApi.LedgerBalanceAsync(host, bank));
        cashBalance.ShouldBe(await FinanceApi.LedgerBalanceAsync(host, cash));
        (bankBalance, cashBalance).ShouldBe((Closing("51"), Closing("50")));
        cashBalance.ShouldBeGreaterThanOrEqualTo(0m);
        var flow = await FinanceApi.ReportAsync(admin, "cash-flow", today.AddYears(-1), today);
        flow.GetProperty("accounts").EnumerateArray().Single(a => a.GetProperty("accountId").GetGuid() == bank).Money("closing").ShouldBe(bankBalance);
        (flow.Money("opening") + flow.Money("net")).ShouldBe(flow.Money("closing"), "transfers move money between our accounts, not out of them");
        // Tomorrow opens with everything that moved up to today, on each account.
        var tomorrow = await FinanceApi.ReportAsync(admin, "cash-flow", today.AddDays(1), today.AddDays(1));
        Opening(tomorrow, bank).ShouldBe(bankBalance);
        Opening(tomorrow, cash).ShouldBe(cashBalance);
        // And a period that starts before the first line opens with nothing.
        Opening(await FinanceApi.ReportAsync(admin, "cash-flow", today.AddYears(-1), today), bank).ShouldBe(0m);

        // Receivables: what was issued and not cancelled, less what was allocated and not cancelled.
        var open = 0m;
        var netRevenue = 0m;
        foreach (var invoice in invoices)
        {
            var read = await Json(await admin.GetAsync($"/api/finance/invoices/{invoice.Id}"));
            if (read.GetProperty("status").GetString() == "cancelled")
                continue;
            open += read.Money("total") - read.Money("amountPaid");
            read.Money("amountDue").ShouldBe(read.Money("total") - read.Money("amountPaid"));
            read.Money("amountPaid").ShouldBeLessThanOrEqualTo(read.Money("total"));
            netRevenue += read.Money("totalNet");
        }

        Closing("62.01").ShouldBe(open);
        (await FinanceApi.ReportAsync(admin, "profit-and-loss", today.AddYears(-1), today)).Money("revenue").ShouldBe(netRevenue);

        // Goods: 41 equals Stock's value.
        (stock.Money("ledgerValue"), stock.Money("difference")).ShouldBe((Closing("41"), 0m));
    }

    private static decimal Opening(JsonElement flow, Guid account) =>
        flow.GetProperty("accounts").EnumerateArray().Single(a => a.GetProperty("accountId").GetGuid() == account).Money("opening");

    private static int Refused(HttpResponseMessage response)
    {
        if (response.IsSuccessStatusCode)
            return 0;
        response.StatusCode.ShouldBe(HttpStatusCode.Conflict, response.Content.ReadAsStringAsync().Result);
        return 1;
    }

    /// <summary>A random invoice that still has something due, read fresh, or null when none is left.</summary>
    private async Task<(Invoice Value, decimal Due)?> OpenInvoiceAsync(HttpClient client, List<Invoice> invoices)
    {
        for (var tries = 0; tries < 5 && invoices.Count > 0; tries++)
        {
            var invoice = invoices[_random.Next(invoices.Count)];
            var read = await Json(await client.GetAsync($"/api/finance/invoices/{invoice.Id}"));
            if (read.GetProperty("status").GetString() is "issued" or "partiallyPaid")
                return (invoice, read.Money("amountDue"));
        }

        return null;
    }

    private sealed record Invoice(Guid Id, Guid CompanyId);
}

public sealed class LedgerPropertyTestsOnSqlite(SqliteHost host) : LedgerPropertyTests(host, 300), IClassFixture<SqliteHost>;

public sealed class LedgerPropertyTestsOnPostgreSql(PostgreSqlHost host) : LedgerPropertyTests(host, 300), IClassFixture<PostgreSqlHost>;
