using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using Suite.Finance.Domain.Invoices;
using Suite.Finance.Domain.Ledger;
using Suite.TestBase;
using Xunit;
using static Suite.Finance.Tests.FinanceApi;
using static Suite.TestBase.ResponseJson;

namespace Suite.Finance.Tests;

/// <summary>Payments into and out of our accounts, their allocation to invoices, advances, cancellation and transfers.</summary>
public abstract class PaymentTests(SuiteHost host)
{
    private static readonly DateOnly Day = new(2026, 11, 10);

    [Fact]
    public async Task Should_Take_A_Partial_Payment_Off_The_Invoice_And_Keep_The_Rest_Due()
    {
        var (accountant, _) = await host.UserAsync("accountant");
        var admin = await host.AdminAsync();
        var client = await ClientAsync(host, admin);
        var bank = await BankAccountAsync(admin);
        var invoice = await IssuedInvoiceAsync(host, client, 10_000m);

        var payment = await PaidAsync(accountant, new
        {
            accountId = bank, direction = "incoming", date = Day, amount = 4_000m, companyId = client, purpose = $"Оплата по счёту {invoice.Number}",
            allocations = new[] { new { invoiceId = invoice.Id, amount = 4_000m } },
        });

        payment.GetProperty("number").GetString().ShouldMatch(@"^ПП-2026-\d{6}$");
        payment.GetProperty("status").GetString().ShouldBe("posted");
        payment.GetProperty("source").GetString().ShouldBe("manual");
        payment.GetProperty("categoryName").GetString().ShouldBe("Оплата от покупателей");
        payment.GetProperty("allocated").GetDecimal().ShouldBe(4_000m);
        payment.GetProperty("unallocated").GetDecimal().ShouldBe(0m);
        var allocation = payment.GetProperty("allocations").EnumerateArray().Single();
        allocation.GetProperty("invoiceNumber").GetString().ShouldBe(invoice.Number);
        allocation.GetProperty("amount").GetDecimal().ShouldBe(4_000m);
        (await InvoiceStateAsync(host, invoice.Id)).ShouldBe((InvoiceStatus.PartiallyPaid, 4_000m));
        (await CompanyBalanceAsync(host, Accounts.Receivables, client)).ShouldBe(6_000m);
        await BalanceMatchesLedgerAsync(admin, bank, 4_000m);

        var fetched = await Json(await accountant.GetAsync($"/api/finance/payments/{payment.GetProperty("id").GetGuid()}"));
        fetched.GetProperty("companyId").GetGuid().ShouldBe(client);
        var list = await Json(await accountant.GetAsync($"/api/finance/payments?companyId={client}&direction=incoming&from=2026-11-01&to=2026-11-30"));
        list.GetProperty("totalCount").GetInt64().ShouldBe(1);
    }

    [Fact]
    public async Task Should_Keep_An_Over_Payment_As_The_Clients_Advance_And_Apply_It_To_A_Later_Invoice()
    {
        var admin = await host.AdminAsync();
        var client = await ClientAsync(host, admin);
        var bank = await BankAccountAsync(admin);
        var first = await IssuedInvoiceAsync(host, client, 5_000m);

        var payment = await PaidAsync(admin, new
        {
            accountId = bank, direction = "incoming", date = Day, amount = 8_000m, companyId = client,
            allocations = new[] { new { invoiceId = first.Id, amount = 5_000m } },
        });
        var id = payment.GetProperty("id").GetGuid();
        payment.GetProperty("unallocated").GetDecimal().ShouldBe(3_000m);
        (await InvoiceStateAsync(host, first.Id)).ShouldBe((InvoiceStatus.Paid, 5_000m));
        (await CompanyBalanceAsync(host, Accounts.AdvancesReceived, client)).ShouldBe(-3_000m);
        var advances = await Json(await admin.GetAsync($"/api/finance/payments?unallocated=true&companyId={client}"));
        advances.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ShouldBe([id]);

        var second = await IssuedInvoiceAsync(host, client, 2_000m);
        var allocated = await admin.PostAsJsonAsync($"/api/finance/payments/{id}/allocate", new
        {
            date = Day.AddDays(5), allocations = new[] { new { invoiceId = second.Id, amount = 2_000m } },
        });
        allocated.StatusCode.ShouldBe(HttpStatusCode.OK, await allocated.Content.ReadAsStringAsync());
        var after = await Json(allocated);
        after.GetProperty("allocated").GetDecimal().ShouldBe(7_000m);
        after.GetProperty("unallocated").GetDecimal().ShouldBe(1_000m);
        after.GetProperty("allocations").EnumerateArray().Select(a => a.GetProperty("date").GetString()).ShouldBe(["2026-11-10", "2026-11-15"]);
        (await InvoiceStateAsync(host, second.Id)).ShouldBe((InvoiceStatus.Paid, 2_000m));
        (await CompanyBalanceAsync(host, Accounts.AdvancesReceived, client)).ShouldBe(-1_000m);
        (await CompanyBalanceAsync(host, Accounts.Receivables, client)).ShouldBe(0m);
        await BalanceMatchesLedgerAsync(admin, bank, 8_000m);
        await OutboxHasAsync(host, "Finance.Invoice.Paid", second.Id);
        await OutboxHasAsync(host, "Finance.Payment.Received", id);
    }

    [Fact]
    public async Task Should_Refuse_To_Allocate_More_Than_The_Invoice_Is_Due_Or_The_Payment_Holds_And_Post_Nothing()
    {
        var admin = await host.AdminAsync();
        var client = await ClientAsync(host, admin);
        var bank = await BankAccountAsync(admin);
        var invoice = await IssuedInvoiceAsync(host, client, 1_000m);

        var overInvoice = await PayAsync(admin, new
        {
            accountId = bank, direction = "incoming", date = Day, amount = 1_500m, companyId = client,
            allocations = new[] { new { invoiceId = invoice.Id, amount = 1_500m } },
        });
        overInvoice.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(overInvoice)).GetProperty("code").GetString().ShouldBe("Finance.Invoice.OverAllocated");

        var overPayment = await PayAsync(admin, new
        {
            accountId = bank, direction = "incoming", date = Day, amount = 500m, companyId = client,
            allocations = new[] { new { invoiceId = invoice.Id, amount = 600m } },
        });
        overPayment.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(overPayment)).GetProperty("code").GetString().ShouldBe("Finance.Payment.OverAllocated");
        await BalanceMatchesLedgerAsync(admin, bank, 0m);
        (await InvoiceStateAsync(host, invoice.Id)).ShouldBe((InvoiceStatus.Issued, 0m));

        var advance = await PaidAsync(admin, new { accountId = bank, direction = "incoming", date = Day, amount = 300m, companyId = client });
        var later = await admin.PostAsJsonAsync($"/api/finance/payments/{advance.GetProperty("id").GetGuid()}/allocate", new
        {
            allocations = new[] { new { invoiceId = invoice.Id, amount = 300.01m } },
        });
        later.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(later)).GetProperty("code").GetString().ShouldBe("Finance.Payment.OverAllocated");

        var otherClient = await ClientAsync(host, admin);
        var notTheirs = await PayAsync(admin, new
        {
            accountId = bank, direction = "incoming", date = Day, amount = 100m, companyId = otherClient,
            allocations = new[] { new { invoiceId = invoice.Id, amount = 100m } },
        });
        notTheirs.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        await BalanceMatchesLedgerAsync(admin, bank, 300m);
    }

    [Fact]
    public async Task Should_Cancel_A_Payment_By_Reversal_And_Make_Its_Invoices_Due_Again()
    {
        var admin = await host.AdminAsync();
        var client = await ClientAsync(host, admin);
        var bank = await BankAccountAsync(admin);
        var invoice = await IssuedInvoiceAsync(host, client, 3_000m);
        var payment = await PaidAsync(admin, new
        {
            accountId = bank, direction = "incoming", date = Day, amount = 3_500m, companyId = client,
            allocations = new[] { new { invoiceId = invoice.Id, amount = 3_000m } },
        });
        var id = payment.GetProperty("id").GetGuid();
        (await InvoiceStateAsync(host, invoice.Id)).ShouldBe((InvoiceStatus.Paid, 3_000m));

        var cancelled = await admin.PostAsync($"/api/finance/payments/{id}/cancel", null);
        cancelled.StatusCode.ShouldBe(HttpStatusCode.OK, await cancelled.Content.ReadAsStringAsync());
        var body = await Json(cancelled);
        body.GetProperty("status").GetString().ShouldBe("cancelled");
        body.GetProperty("allocated").GetDecimal().ShouldBe(0m);
        body.GetProperty("allocations").EnumerateArray().Single().GetProperty("cancelledOn").ValueKind.ShouldBe(JsonValueKind.String);
        (await InvoiceStateAsync(host, invoice.Id)).ShouldBe((InvoiceStatus.Issued, 0m));
        (await CompanyBalanceAsync(host, Accounts.Receivables, client)).ShouldBe(3_000m);
        (await CompanyBalanceAsync(host, Accounts.AdvancesReceived, client)).ShouldBe(0m);
        await BalanceMatchesLedgerAsync(admin, bank, 0m);

        var again = await admin.PostAsync($"/api/finance/payments/{id}/cancel", null);
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await admin.PostAsync($"/api/finance/payments/{Guid.NewGuid()}/cancel", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var posted = await Json(await admin.GetAsync($"/api/finance/payments?status=cancelled&companyId={client}"));
        posted.GetProperty("totalCount").GetInt64().ShouldBe(1);
    }

    [Fact]
    public async Task Should_Never_Take_The_Cash_Desk_Below_Zero()
    {
        var admin = await host.AdminAsync();
        var cash = await CashDeskAsync(admin);
        var rent = await ArticleAsync(admin, "rent");
        var otherIncome = await ArticleAsync(admin, "other-income");
        await PaidAsync(admin, new { accountId = cash, direction = "incoming", date = Day, amount = 1_000m, categoryId = otherIncome, purpose = "Взнос" });

        var tooMuch = await PayAsync(admin, new { accountId = cash, direction = "outgoing", date = Day, amount = 1_000.01m, categoryId = rent });
        tooMuch.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(tooMuch)).GetProperty("code").GetString().ShouldBe("Finance.Cash.Insufficient");
        await BalanceMatchesLedgerAsync(admin, cash, 1_000m);

        var outgoing = await PaidAsync(admin, new { accountId = cash, direction = "outgoing", date = Day, amount = 1_000m, categoryId = rent });
        outgoing.GetProperty("direction").GetString().ShouldBe("outgoing");
        await BalanceMatchesLedgerAsync(admin, cash, 0m);

        var wrongKind = await PayAsync(admin, new { accountId = cash, direction = "outgoing", date = Day, amount = 1m, categoryId = otherIncome });
        wrongKind.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var noArticle = await PayAsync(admin, new { accountId = cash, direction = "outgoing", date = Day, amount = 1m });
        noArticle.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var badAmount = await PayAsync(admin, new { accountId = cash, direction = "outgoing", date = Day, amount = 1.005m, categoryId = rent });
        badAmount.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Should_Move_Money_Between_Our_Accounts_Through_57_On_One_Day()
    {
        var admin = await host.AdminAsync();
        var bank = await BankAccountAsync(admin);
        var cash = await CashDeskAsync(admin);
        await PaidAsync(admin, new
        {
            accountId = bank, direction = "incoming", date = Day, amount = 5_000m, categoryId = await ArticleAsync(admin, "other-income"),
        });

        var response = await admin.PostAsJsonAsync("/api/finance/transfers", new
        {
            fromAccountId = bank, toAccountId = cash, date = Day, amount = 2_000m, purpose = "Подкрепление кассы",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var transfer = await Json(response);
        transfer.GetProperty("number").GetString().ShouldMatch(@"^ПЕР-2026-\d{6}$");
        await BalanceMatchesLedgerAsync(admin, bank, 3_000m);
        await BalanceMatchesLedgerAsync(admin, cash, 2_000m);

        var backTooMuch = await admin.PostAsJsonAsync("/api/finance/transfers", new { fromAccountId = cash, toAccountId = bank, date = Day, amount = 2_500m });
        backTooMuch.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(backTooMuch)).GetProperty("code").GetString().ShouldBe("Finance.Cash.Insufficient");
        var toItself = await admin.PostAsJsonAsync("/api/finance/transfers", new { fromAccountId = cash, toAccountId = cash, date = Day, amount = 1m });
        toItself.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var list = await Json(await admin.GetAsync($"/api/finance/transfers?accountId={cash}"));
        var item = list.GetProperty("items").EnumerateArray().Single();
        item.GetProperty("fromAccountId").GetGuid().ShouldBe(bank);
        item.GetProperty("amount").GetDecimal().ShouldBe(2_000m);
        await BalanceMatchesLedgerAsync(admin, cash, 2_000m);
    }

    [Fact]
    public async Task Should_Let_Only_Accountants_Record_Payments()
    {
        var (sales, _) = await host.UserAsync("sales");
        (await sales.GetAsync("/api/finance/payments")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await sales.PostAsJsonAsync("/api/finance/payments", new { })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var admin = await host.AdminAsync();
        (await admin.GetAsync("/api/finance/payments?direction=sideways")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.GetAsync($"/api/finance/payments/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    /// <summary>The account's balance as the API shows it is <paramref name="expected"/>, and so is the sum of the ledger lines naming it.</summary>
    private async Task BalanceMatchesLedgerAsync(HttpClient client, Guid accountId, decimal expected)
    {
        (await AccountAsync(client, accountId)).GetProperty("balance").GetDecimal().ShouldBe(expected);
        (await LedgerBalanceAsync(host, accountId)).ShouldBe(expected);
    }
}

public sealed class PaymentTestsOnSqlite(SqliteHost host) : PaymentTests(host), IClassFixture<SqliteHost>;

public sealed class PaymentTestsOnPostgreSql(PostgreSqlHost host) : PaymentTests(host), IClassFixture<PostgreSqlHost>;
