using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Suite.Framework.Data;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Host.Tests;

/// <summary>
/// No date, page size, skip count or number the API accepts may cause a 500: every list and report route, asked with
/// extreme values, answers 200 or a 400 problem, and bodies with absurd money or quantities are refused with a 400.
/// </summary>
public abstract class ExtremeValueTests(SuiteHost host)
{
    [Flags]
    private enum Takes { Nothing = 0, Paging = 1, Period = 2, DocumentPeriod = 4, BoardTake = 8, AsOf = 16 }

    /// <summary>Every GET route without a route parameter, with the query it needs to reach its paging or period.</summary>
    private static readonly (string Route, Takes Takes, string Query)[] Routes =
    [
        ("/api/account/me", Takes.Nothing, ""),
        ("/api/settings/company", Takes.Nothing, ""),
        ("/api/settings/calendar", Takes.Nothing, ""),
        ("/api/admin/backups", Takes.Nothing, ""),
        ("/api/views", Takes.Nothing, ""),
        ("/api/views", Takes.Nothing, "list=crm.deals"),
        ("/api/views", Takes.Nothing, "list=" + new string('я', 5000)),
        ("/api/search", Takes.Nothing, "q=окно"),
        ("/api/search", Takes.Nothing, "q=" + new string('я', 5000)),
        ("/api/search", Takes.Nothing, "q=%25_%5C&take=20"),
        ("/api/search", Takes.Nothing, "q=окно&take=2147483648"),
        ("/api/search", Takes.Nothing, "q=окно&take=x"),
        ("/api/identity/users", Takes.Paging, ""),
        ("/api/identity/roles", Takes.Nothing, ""),
        ("/api/notifications", Takes.Paging, "unread=true"),
        ("/api/notifications/unread-count", Takes.Nothing, ""),
        ("/api/notifications/digest", Takes.Nothing, ""),
        ("/api/notifications/preferences", Takes.Nothing, ""),
        ("/api/crm/companies", Takes.Paging, ""),
        ("/api/crm/companies/export", Takes.Paging, "format=csv"),
        ("/api/crm/contacts", Takes.Paging, ""),
        ("/api/crm/contacts/export", Takes.Paging, "format=csv"),
        ("/api/crm/leads", Takes.Paging, ""),
        ("/api/crm/leads/export", Takes.Paging, "format=csv"),
        ("/api/crm/deals", Takes.Paging, ""),
        ("/api/crm/deals", Takes.Paging, "nextStep=overdue"),
        ("/api/crm/deals", Takes.Paging, "nextStep=" + new string('я', 5000)),
        ("/api/crm/deals/export", Takes.Paging, "format=csv"),
        ("/api/crm/deals/board", Takes.BoardTake, ""),
        ("/api/crm/pipelines", Takes.Paging, ""),
        ("/api/crm/sources", Takes.Paging, ""),
        ("/api/crm/loss-reasons", Takes.Paging, ""),
        ("/api/crm/web-forms", Takes.Paging, ""),
        ("/api/crm/products", Takes.Paging, ""),
        ("/api/crm/owners", Takes.Paging, ""),
        ("/api/crm/custom-fields", Takes.Nothing, ""),
        ("/api/crm/duplicates", Takes.Nothing, "taxId=7707083893&phone=%2B74951234567&email=a@b.ru"),
        ("/api/crm/timeline", Takes.Paging, "entityType=company&entityId={company}"),
        ("/api/crm/reports/funnel", Takes.Period, ""),
        ("/api/crm/reports/velocity", Takes.Period, ""),
        ("/api/crm/reports/forecast", Takes.Period, ""),
        ("/api/crm/reports/loss-reasons", Takes.Period, ""),
        ("/api/crm/reports/sources", Takes.Period, ""),
        ("/api/crm/reports/manager-ranking", Takes.Period, ""),
        ("/api/crm/reports/next-steps", Takes.Nothing, ""),
        ("/api/crm/reports/lead-response", Takes.Period, ""),
        ("/api/crm/reports/lead-response/export", Takes.Period, ""),
        ("/api/crm/reports/new-leads", Takes.Period, ""),
        ("/api/crm/reports/new-leads", Takes.Period, "groupBy=week"),
        ("/api/crm/reports/new-leads", Takes.Period, "groupBy=month"),
        ("/api/crm/reports/new-leads/export", Takes.Period, ""),
        ("/api/crm/reports/deal-segments", Takes.Period, ""),
        ("/api/crm/reports/deal-segments", Takes.Period, "bounds=0.01,999999999999.99"),
        ("/api/crm/reports/deal-segments/export", Takes.Period, ""),
        ("/api/crm/reports/activities", Takes.Period, ""),
        ("/api/crm/reports/activities/export", Takes.Period, ""),
        ("/api/crm/reports/profit-by-channel", Takes.Period, ""),
        ("/api/crm/reports/profit-by-channel/export", Takes.Period, ""),
        ("/api/crm/reports/products", Takes.Period, ""),
        ("/api/crm/reports/products", Takes.Period, "sort=margin&take=1000"),
        ("/api/crm/reports/products/export", Takes.Period, "sort=quantity"),
        ("/api/crm/reports/plan-vs-fact", Takes.Nothing, ""),
        ("/api/crm/reports/plan-vs-fact", Takes.Nothing, "period=9999-Q4"),
        ("/api/crm/reports/plan-vs-fact", Takes.Nothing, "period=0001-01"),
        ("/api/crm/sales-plans", Takes.Paging, ""),
        ("/api/crm/sales-plans", Takes.Paging, "period=2026-Q4"),
        ("/api/crm/sales-plans/settings", Takes.Nothing, ""),
        ("/api/tasks/projects", Takes.Paging, ""),
        ("/api/tasks/projects", Takes.Paging, "includeArchived=true"),
        ("/api/tasks/reports/by-employee", Takes.Period, ""),
        ("/api/stock/products", Takes.Paging, ""),
        ("/api/stock/products/export", Takes.Paging, "format=csv"),
        ("/api/stock/products/categories", Takes.Nothing, ""),
        ("/api/stock/warehouses", Takes.Paging, ""),
        ("/api/stock/documents", Takes.Paging | Takes.DocumentPeriod, ""),
        ("/api/stock/balances", Takes.Paging, ""),
        ("/api/stock/balances/export", Takes.Paging, ""),
        ("/api/stock/balances/summary", Takes.Nothing, ""),
        ("/api/stock/moves", Takes.Paging | Takes.DocumentPeriod, ""),
        ("/api/stock/reservations", Takes.Paging, ""),
        ("/api/stock/deals", Takes.Paging, ""),
        ("/api/stock/companies", Takes.Paging, ""),
        ("/api/stock/settings", Takes.Nothing, ""),
        ("/api/finance/customers", Takes.Paging, ""),
        ("/api/finance/organisation", Takes.Nothing, ""),
        ("/api/finance/settings", Takes.Nothing, ""),
        ("/api/finance/chart-of-accounts", Takes.Nothing, ""),
        ("/api/finance/accounts", Takes.Nothing, "includeArchived=true"),
        ("/api/finance/categories", Takes.Nothing, ""),
        ("/api/finance/ledger", Takes.Paging | Takes.Period, ""),
        ("/api/finance/ledger", Takes.Nothing, "account=99.99"),
        ("/api/finance/checks/inventory", Takes.AsOf, ""),
        ("/api/finance/reports/profit-and-loss", Takes.Period, ""),
        ("/api/finance/reports/profit-and-loss/export", Takes.Period, ""),
        ("/api/finance/reports/cash-flow", Takes.Period, ""),
        ("/api/finance/reports/cash-flow/export", Takes.Period, ""),
        ("/api/finance/reports/trial-balance", Takes.Period, ""),
        ("/api/finance/reports/trial-balance/export", Takes.Period, ""),
        ("/api/finance/deals", Takes.Paging, ""),
        ("/api/finance/products", Takes.Paging, ""),
        ("/api/finance/invoices", Takes.Paging | Takes.Period, ""),
        ("/api/finance/invoices", Takes.Nothing, "overdue=true&status=partiallyPaid"),
        ("/api/finance/receivables/aging", Takes.AsOf, ""),
        ("/api/finance/receivables/aging/export", Takes.AsOf, ""),
        ("/api/finance/receivables/reconciliation", Takes.Period, "companyId={company}"),
        ("/api/finance/receivables/reconciliation/export", Takes.Period, "companyId={company}"),
        ("/api/finance/payments", Takes.Paging | Takes.Period, ""),
        ("/api/finance/transfers", Takes.Paging | Takes.Period, ""),
        ("/api/finance/bank-statements", Takes.Paging, ""),
        ("/api/finance/bank-statements/lines", Takes.Paging, "status=all"),
        ("/api/docs/documents", Takes.Paging, "entityType=invoice&entityId={company}"),
        ("/api/docs/documents", Takes.Paging | Takes.Period, ""),
        ("/api/docs/documents", Takes.Paging, "kind=contract"),
        ("/api/docs/templates", Takes.Paging, ""),
        ("/api/docs/templates", Takes.Paging, "entityType=deal"),
        ("/api/docs/templates/fields", Takes.Nothing, ""),
        ("/api/docs/automations", Takes.Nothing, ""),
        ("/api/tasks/rules", Takes.Nothing, ""),
        ("/api/docs/mail/status", Takes.Nothing, ""),
        // Without its card (entityType, entityId) the list is a 400; a card is only known to Docs a moment after Crm makes it.
        ("/api/docs/attachments", Takes.Paging, ""),
        ("/api/tasks", Takes.Paging, ""),
        ("/api/tasks", Takes.Paging, "status=open&overdue=true&entityType=deal"),
        ("/api/tasks", Takes.Nothing, "dueFrom=0001-01-01&dueTo=9999-12-31"),
        ("/api/tasks", Takes.Nothing, "dueFrom=9999-12-31&dueTo=0001-01-01"),
        ("/api/tasks/my", Takes.Nothing, ""),
        ("/api/tasks/my/counts", Takes.Nothing, ""),
        ("/api/tasks/people", Takes.Nothing, ""),
        ("/api/admin/system", Takes.Nothing, ""),
        ("/api/admin/parked-events", Takes.Nothing, ""),
        ("/api/admin/parked-events", Takes.Nothing, "module=" + new string('я', 5000)),
        ("/api/admin/audit", Takes.Paging | Takes.Period, ""),
        ("/api/admin/audit", Takes.Nothing, "entityType=" + new string('я', 5000) + "&userId=x&entityId=" + Guid.Empty),
        ("/api/admin/audit/export", Takes.Period, "format=csv"),
    ];

    private static readonly string[] Dates = ["0001-01-01", "9999-12-31", "10000-01-01", "2026-02-30", "-1"];
    private static readonly string[] Counts = ["0", "-1", "1001", "2147483647", "-2147483648", "2147483648", "99999999999999999999", "1e3", "x"];

    private static IEnumerable<string> Extremes(Takes takes)
    {
        yield return "";
        if (takes.HasFlag(Takes.Paging))
        {
            foreach (var n in Counts)
            {
                yield return $"skipCount={n}";
                yield return $"maxResultCount={n}";
            }

            yield return "skipCount=2147483647&maxResultCount=1000";
            yield return "sorting=" + Uri.EscapeDataString("nonsense desc, , name sideways");
            yield return "filter=" + new string('я', 5000);
        }

        if (takes.HasFlag(Takes.AsOf))
            foreach (var d in Dates)
                yield return $"asOf={d}";

        if (takes.HasFlag(Takes.BoardTake))
            foreach (var n in Counts)
                yield return $"take={n}";

        foreach (var (from, to) in new[] { (Takes.Period, ("from", "to")), (Takes.DocumentPeriod, ("dateFrom", "dateTo")) }
                     .Where(p => takes.HasFlag(p.Item1)).Select(p => p.Item2))
        {
            foreach (var d in Dates)
            {
                yield return $"{from}={d}";
                yield return $"{to}={d}";
                yield return $"{from}={d}&{to}={d}";
            }

            yield return $"{from}=9999-12-31&{to}=0001-01-01";
            yield return $"{from}=0001-01-01&{to}=9999-12-31";
        }
    }

    [Fact]
    public async Task Should_Answer_Every_List_And_Report_With_200_Or_400_Whatever_The_Numbers_And_Dates()
    {
        Routes.ShouldNotBeEmpty();
        var admin = await host.AdminAsync();
        var company = await Json(await admin.PostAsJsonAsync("/api/crm/companies", new { name = "ООО «Крайности»" }));
        var companyId = company.GetProperty("id").GetGuid();

        var failures = new List<string>();
        var asked = 0;
        foreach (var (route, takes, query) in Routes)
        foreach (var extreme in Extremes(takes))
        {
            var url = route + "?" + string.Join('&', new[] { query.Replace("{company}", companyId.ToString()), extreme }.Where(q => q.Length > 0));
            var response = await admin.GetAsync(url);
            asked++;
            var status = (int)response.StatusCode;
            if (status == 200)
                continue;
            var type = response.Content.Headers.ContentType?.MediaType;
            if (status != 400 || type != "application/problem+json")
                failures.Add($"{status} {type} GET {url[..Math.Min(url.Length, 160)]}");
        }

        asked.ShouldBeGreaterThan(Routes.Length * 2);
        failures.ShouldBeEmpty();
    }

    [Fact]
    public void Should_Walk_Every_Get_Route_Without_A_Route_Parameter()
    {
        var walked = Routes.Select(r => r.Route).ToHashSet();
        var routes = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Select(e => "/" + e.RoutePattern.RawText!.Trim('/'))
            .Where(r => r.StartsWith("/api/", StringComparison.Ordinal) && !r.Contains('{'))
            .Distinct().ToList();

        routes.ShouldNotBeEmpty();
        routes.Where(r => !walked.Contains(r)).ShouldBeEmpty("a new GET route must join the table of extreme-value checks");
    }

    [Theory]
    [InlineData("amount", "1e28")]
    [InlineData("amount", "-1")]
    [InlineData("amount", "1e400")]
    [InlineData("amount", "79228162514264337593543950336")]
    [InlineData("lineQuantity", "1e28")]
    [InlineData("lineQuantity", "-5")]
    [InlineData("linePrice", "1e28")]
    [InlineData("linePrice", "-0.01")]
    public async Task Should_Refuse_A_Deal_With_Absurd_Money_Or_Quantities_With_400(string field, string number)
    {
        var admin = await host.AdminAsync();
        var companyId = (await Json(await admin.PostAsJsonAsync("/api/crm/companies", new { name = "ООО «Миллиарды»" }))).GetProperty("id").GetGuid();
        var body = field switch
        {
            "amount" => $$"""{ "title": "Сделка", "companyId": "{{companyId}}", "amount": {{number}} }""",
            "lineQuantity" => $$"""{ "title": "Сделка", "companyId": "{{companyId}}", "lines": [{ "description": "Окно", "quantity": {{number}}, "unitPrice": 10 }] }""",
            _ => $$"""{ "title": "Сделка", "companyId": "{{companyId}}", "lines": [{ "description": "Окно", "quantity": 1, "unitPrice": {{number}} }] }""",
        };

        await ShouldBeBadRequestAsync(await admin.PostAsync("/api/crm/deals", Content(body)));

        var deal = await Json(await admin.PostAsJsonAsync("/api/crm/deals", new { title = "Сделка", companyId }));
        await ShouldBeBadRequestAsync(await admin.PutAsync($"/api/crm/deals/{deal.GetProperty("id").GetGuid()}",
            Content(body.Replace("\"title\"", $"\"concurrencyStamp\": \"{deal.GetProperty("concurrencyStamp").GetString()}\", \"title\""))));
    }

    [Theory]
    [InlineData("quantity", "1e28")]
    [InlineData("quantity", "-1")]
    [InlineData("quantity", "0")]
    [InlineData("quantity", "1e400")]
    [InlineData("unitCost", "1e28")]
    [InlineData("unitCost", "-1")]
    public async Task Should_Refuse_A_Stock_Document_With_Absurd_Quantities_Or_Costs_With_400(string field, string number)
    {
        var admin = await host.AdminAsync();
        var warehouseId = (await Json(await admin.PostAsJsonAsync("/api/stock/warehouses", new { name = $"Склад {Guid.NewGuid():N}" }))).GetProperty("id").GetGuid();
        var productId = (await Json(await admin.PostAsJsonAsync("/api/stock/products", new { sku = $"X-{Guid.NewGuid():N}"[..20], name = "Товар" })))
            .GetProperty("id").GetGuid();
        var line = field == "quantity" ? $$"""{ "productId": "{{productId}}", "quantity": {{number}}, "unitCost": 10 }"""
            : $$"""{ "productId": "{{productId}}", "quantity": 1, "unitCost": {{number}} }""";
        var body = $$"""{ "kind": "receipt", "warehouseId": "{{warehouseId}}", "lines": [{{line}}] }""";

        await ShouldBeBadRequestAsync(await admin.PostAsync("/api/stock/documents", Content(body)));

        var draft = await Json(await admin.PostAsJsonAsync("/api/stock/documents", new { kind = "receipt", warehouseId, lines = Array.Empty<object>() }));
        await ShouldBeBadRequestAsync(await admin.PutAsync($"/api/stock/documents/{draft.GetProperty("id").GetGuid()}", Content(body)));
    }

    [Theory]
    [InlineData("salePrice", "1e28")]
    [InlineData("salePrice", "-1")]
    [InlineData("minQuantity", "1e28")]
    [InlineData("vatRate", "1e28")]
    public async Task Should_Refuse_A_Product_With_Absurd_Numbers_With_400(string field, string number)
    {
        var admin = await host.AdminAsync();
        var body = $$"""{ "sku": "{{$"X-{Guid.NewGuid():N}"[..20]}}", "name": "Товар", "{{field}}": {{number}} }""";

        await ShouldBeBadRequestAsync(await admin.PostAsync("/api/stock/products", Content(body)));
    }

    private static StringContent Content(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    private static async Task ShouldBeBadRequestAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", body);
    }
}

public sealed class ExtremeValueTestsOnSqlite(SqliteHost host) : ExtremeValueTests(host), IClassFixture<SqliteHost>;

public sealed class ExtremeValueTestsOnPostgreSql(PostgreSqlHost host) : ExtremeValueTests(host), IClassFixture<PostgreSqlHost>;
