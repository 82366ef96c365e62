using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using Suite.TestBase;
using Xunit;
using static Suite.Finance.Tests.FinanceApi;
using static Suite.TestBase.ResponseJson;

namespace Suite.Finance.Tests;

/// <summary>
/// <c>POST /api/finance/invoices</c> with <c>issue: true</c>: created and issued in one request and one transaction, with
/// the same effects as a draft and its issue, and the same refusals, after which nothing is saved and no number is gone.
/// </summary>
public abstract class InvoiceIssueInOneCallTests(SuiteHost host)
{
    private static DateOnly Today => CompanyToday;

    [Fact]
    public async Task Should_Create_An_Issued_Invoice_With_Its_Number_Postings_Receivable_And_Delivered_Event()
    {
        using var issuedCount = new MeasurementRecorder("suite.finance.invoices_issued");
        var admin = await host.AdminAsync();
        var name = Unique("ООО Одним запросом");
        var client = await ClientAsync(admin, name, "7707083893");

        var response = await admin.PostAsJsonAsync("/api/finance/invoices", new
        {
            companyId = client, issue = true, lines = new[] { Line("Окно ПВХ", 2, 5000m, 22m), Line("Доставка", 1, 1000m, null) },
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        issuedCount.Sum().ShouldBeGreaterThanOrEqualTo(1, "counted on /metrics (other tests issue meanwhile in this process)");
        var issued = await Json(response);
        var id = issued.GetProperty("id").GetGuid();
        response.Headers.Location!.ToString().ShouldBe($"/api/finance/invoices/{id}");
        issued.GetProperty("status").GetString().ShouldBe("issued");
        var number = issued.GetProperty("number").GetString()!;
        number.ShouldMatch($@"^СЧ-{Today.Year}-\d{{6}}$");
        issued.GetProperty("companyName").GetString().ShouldBe(name);
        issued.GetProperty("ownerName").GetString().ShouldNotBeNullOrEmpty();
        issued.GetProperty("buyer").GetProperty("name").GetString().ShouldBe(name);
        issued.GetProperty("buyer").GetProperty("taxId").GetString().ShouldBe("7707083893");
        issued.GetProperty("total").GetDecimal().ShouldBe(13200m);
        issued.GetProperty("amountDue").GetDecimal().ShouldBe(13200m);
        issued.GetProperty("payments").GetArrayLength().ShouldBe(0);
        // The answer is what a read gives afterwards.
        var read = await Json(await admin.GetAsync($"/api/finance/invoices/{id}"));
        read.GetProperty("number").GetString().ShouldBe(number);
        read.GetProperty("concurrencyStamp").GetString().ShouldBe(issued.GetProperty("concurrencyStamp").GetString());
        read.GetProperty("ownerName").GetString().ShouldBe(issued.GetProperty("ownerName").GetString());

        (await PostingsAsync(host, id)).ShouldBe([("62.01", "90.01", 13200m), ("90.03", "68.02", 2200m)], ignoreOrder: true);
        var statement = await Json(await admin.GetAsync(
            $"/api/finance/receivables/reconciliation?companyId={client}&from={Today.AddDays(-1):yyyy-MM-dd}&to={Today:yyyy-MM-dd}"));
        statement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("debit").GetDecimal()).ShouldBe([13200m]);
        statement.GetProperty("closingBalance").GetDecimal().ShouldBe(13200m);

        var published = (await EventsAsync(host, "Finance.Invoice.Issued", id)).ShouldHaveSingleItem();
        published.GetProperty("number").GetString().ShouldBe(number);
        published.GetProperty("lines").GetArrayLength().ShouldBe(2);
        // Delivered: Docs, a consumer in another module, printed the invoice from the event.
        await Eventually.Until(async () => (await Items(admin, $"/api/docs/documents?entityType=invoice&entityId={id}")).Count == 1,
            TimeSpan.FromSeconds(30), "Docs' PDF of the invoice issued in one call");

        // Issued is issued: the second step of the two-call path is refused as it would be after a separate issue.
        var again = await admin.PostAsync($"/api/finance/invoices/{id}/issue", null);
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await CodeOf(again)).ShouldBe("Finance.Invoice.NotDraft");
    }

    [Fact]
    public async Task Should_Refuse_What_A_Draft_And_Its_Issue_Refuse_With_The_Same_Answer_Saving_Nothing_And_Taking_No_Number()
    {
        var admin = await host.AdminAsync();
        var client = await ClientAsync(admin);
        var prefix = "О" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        await SetInvoicePrefixAsync(admin, prefix);
        var lockDate = Today.AddDays(-10);
        try
        {
            var cases = new (string What, Dictionary<string, object?> Body)[]
            {
                ("a line without a description (400)", Body(client, [Line("", 1, 100m, 22m)])),
                ("a due date before the issue date (400)", Body(client, [Line("Окно", 1, 100m, 22m)], Today, Today.AddDays(-1))),
                ("an unknown client (404)", Body(Guid.NewGuid(), [Line("Окно", 1, 100m, 22m)])),
                ("nothing to pay (409 Finance.Invoice.Empty)", Body(client, [Line("Образец", 1, 0m, 22m)])),
                ("a closed period (409 Finance.LockDate)", Body(client, [Line("Окно", 1, 100m, 22m)], lockDate, lockDate.AddDays(5))),
            };
            await LockAsync(admin, lockDate);
            foreach (var (what, body) in cases)
            {
                var twoCalls = await TwoCallsAsync(admin, body);
                body["issue"] = true;
                var oneCall = await admin.PostAsJsonAsync("/api/finance/invoices", body);

                ((int)oneCall.StatusCode).ShouldBe(twoCalls.Status, what);
                var problem = await Json(oneCall);
                Code(problem).ShouldBe(Code(twoCalls.Problem), what);
                if (Code(problem) == "Finance.LockDate")
                    problem.GetProperty("lockDate").GetString().ShouldBe(lockDate.ToString("yyyy-MM-dd"));
                if (twoCalls.Status == 400)
                    Fields(problem).ShouldBe(Fields(twoCalls.Problem), what);
            }

            // Saved: only the drafts the two-call path left behind (the refused issues), nothing issued, nothing posted.
            var invoices = await Items(admin, $"/api/finance/invoices?companyId={client}&maxResultCount=100");
            invoices.Count.ShouldBe(2);
            invoices.ShouldAllBe(i => i.GetProperty("status").GetString() == "draft");
            foreach (var draft in invoices)
                (await PostingsAsync(host, draft.GetProperty("id").GetGuid())).ShouldBeEmpty();
            await LockAsync(admin, null);

            // No number was taken: the next issue, in one call, is the series' first.
            var first = await admin.PostAsJsonAsync("/api/finance/invoices", Body(client, [Line("Окно", 1, 100m, 22m)], issue: true));
            first.StatusCode.ShouldBe(HttpStatusCode.Created, await first.Content.ReadAsStringAsync());
            (await Json(first)).GetProperty("number").GetString().ShouldBe($"{prefix}-{Today.Year}-000001");
        }
        finally
        {
            await LockAsync(admin, null);
            await SetInvoicePrefixAsync(admin, "СЧ");
        }
    }

    private static Dictionary<string, object?> Body(Guid companyId, object[] lines, DateOnly? issueDate = null, DateOnly? dueDate = null,
        bool? issue = null) =>
        new() { ["companyId"] = companyId, ["lines"] = lines, ["issueDate"] = issueDate, ["dueDate"] = dueDate, ["issue"] = issue };

    /// <summary>The draft, then its issue: the first refusal of the two and its problem.</summary>
    private static async Task<(int Status, JsonElement Problem)> TwoCallsAsync(HttpClient admin, Dictionary<string, object?> body)
    {
        var draft = await admin.PostAsJsonAsync("/api/finance/invoices", body);
        if (draft.StatusCode != HttpStatusCode.Created)
            return ((int)draft.StatusCode, await Json(draft));
        var issue = await admin.PostAsync($"/api/finance/invoices/{(await Json(draft)).GetProperty("id").GetGuid()}/issue", null);
        issue.StatusCode.ShouldNotBe(HttpStatusCode.OK, "every case here is refused");
        return ((int)issue.StatusCode, await Json(issue));
    }

    private static string? Code(JsonElement problem) => problem.TryGetProperty("code", out var code) ? code.GetString() : null;

    private static List<string> Fields(JsonElement problem) =>
        problem.TryGetProperty("errors", out var errors) ? errors.EnumerateObject().Select(e => e.Name).Order().ToList() : [];
}

public sealed class InvoiceIssueInOneCallTestsOnSqlite(SqliteHost host) : InvoiceIssueInOneCallTests(host), IClassFixture<SqliteHost>;

public sealed class InvoiceIssueInOneCallTestsOnPostgreSql(PostgreSqlHost host) : InvoiceIssueInOneCallTests(host), IClassFixture<PostgreSqlHost>;
