using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Suite.Finance.Events;
using Suite.Framework.Data;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Crm.Tests;

/// <summary>
/// Sales plans and plan vs fact on a clock that reads 10 December 2026, 12:00 in Moscow. On the calendar a new
/// installation starts with (weekends and Russia's public holidays, none of them in December) December 2026 has 23
/// working days, 8 of them up to and including the 10th, so the forecast at the pace so far is fact × 23 ÷ 8.
/// </summary>
public abstract class SalesPlanTests(SalesPlanHost host)
{
    [Fact]
    public async Task Should_Measure_Won_Deals_Against_The_Plans_And_Forecast_By_Working_Days()
    {
        var (director, _) = await host.UserAsync("director");
        var (anna, annaId) = await host.UserAsync("sales");
        var (boris, borisId) = await host.UserAsync("sales");
        await BasisAsync(director, "wonDeals");

        (await CreateAsync(director, "2026-12", annaId, 100_000m)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await CreateAsync(director, "2026-12", borisId, 50_000m)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await CreateAsync(director, "2026-12", null, 200_000m)).StatusCode.ShouldBe(HttpStatusCode.Created);

        await WonAsync(anna, 30_000m);
        await WonAsync(anna, 10_000m);
        await WonAsync(boris, 20_000m);
        await CrmApi.DealAsync(boris, await CrmApi.CompanyAsync(boris), "Ещё не выиграна", new { amount = 99_999m });

        var report = await PlanVsFactAsync(director, "2026-12");
        report.GetProperty("basis").GetString().ShouldBe("wonDeals");
        (report.GetProperty("from").GetString(), report.GetProperty("to").GetString()).ShouldBe(("2026-12-01", "2026-12-31"));
        (report.GetProperty("workingDays").GetInt32(), report.GetProperty("workingDaysPassed").GetInt32()).ShouldBe((23, 8));
        Rows(report).ShouldBe(
        [
            (annaId, 100_000m, 40_000m, 40m, 115_000m),   // 40,000 × 23 ÷ 8
            (borisId, 50_000m, 20_000m, 40m, 57_500m),
        ]);
        Row(report.GetProperty("team")).ShouldBe((null, 200_000m, 60_000m, 30m, 172_500m), "the team's own plan, everyone's fact");
        Rows(report).ShouldAllBe(r => r.OwnerId != null);
        report.GetProperty("rows")[0].GetProperty("ownerName").GetString().ShouldNotBeNullOrEmpty();

        // A manager sees their own row and no team.
        var own = await PlanVsFactAsync(anna, "2026-12");
        Rows(own).ShouldBe([(annaId, 100_000m, 40_000m, 40m, 115_000m)]);
        own.GetProperty("team").ValueKind.ShouldBe(JsonValueKind.Null);
        var plans = await Json(await anna.GetAsync("/api/crm/sales-plans?period=2026-12"));
        plans.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("ownerId").GetGuid()).ShouldBe([annaId]);

        // Without a team plan the team's is the managers' plans added up.
        var teamPlan = (await Json(await director.GetAsync("/api/crm/sales-plans?period=2026-12&maxResultCount=100"))).GetProperty("items")
            .EnumerateArray().Single(p => p.GetProperty("ownerId").ValueKind == JsonValueKind.Null).GetProperty("id").GetGuid();
        (await director.DeleteAsync($"/api/crm/sales-plans/{teamPlan}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        Row((await PlanVsFactAsync(director, "2026-12")).GetProperty("team")).ShouldBe((null, 150_000m, 60_000m, 40m, 172_500m));

        // The quarter: October to December.
        var quarter = await PlanVsFactAsync(director, "2026-q4");
        (quarter.GetProperty("period").GetString(), quarter.GetProperty("from").GetString(), quarter.GetProperty("to").GetString())
            .ShouldBe(("2026-Q4", "2026-10-01", "2026-12-31"));
    }

    [Fact]
    public async Task Should_Measure_Payments_To_The_Managers_Deals_When_Paid_Invoices_Count()
    {
        var (director, _) = await host.UserAsync("director");
        var (vera, veraId) = await host.UserAsync("sales");
        var company = await CrmApi.CompanyAsync(vera);
        var deal = (await CrmApi.DealAsync(vera, company, "Окна в офис", new { amount = 90_000m })).GetProperty("id").GetGuid();
        (await CreateAsync(director, "2026-11", veraId, 50_000m)).StatusCode.ShouldBe(HttpStatusCode.Created);
        await BasisAsync(director, "paidInvoices");

        // November's payment counts; October's does not.
        await PaymentAsync(company, deal, new DateOnly(2026, 11, 20), 12_345.67m);
        await PaymentAsync(company, deal, new DateOnly(2026, 10, 31), 1_000m);

        var report = await Eventually.Until(() => PlanVsFactAsync(director, "2026-11"),
            r => Rows(r).Any(x => x.OwnerId == veraId && x.Fact > 0), what: "the payment in the sales facts");
        report.GetProperty("basis").GetString().ShouldBe("paidInvoices");
        // November is over on 10 December: the forecast is the fact.
        Rows(report).Single(r => r.OwnerId == veraId).ShouldBe((veraId, 50_000m, 12_345.67m, 24.69m, 12_345.67m));
        // November's 21 weekdays less 4 November, National Unity Day.
        (report.GetProperty("workingDays").GetInt32(), report.GetProperty("workingDaysPassed").GetInt32()).ShouldBe((20, 20));
        await BasisAsync(director, "wonDeals");
    }

    [Fact]
    public async Task Should_Keep_One_Plan_Per_Owner_And_Period_And_Let_Only_Directors_Manage_Plans()
    {
        var (director, _) = await host.UserAsync("director");
        var (sales, salesId) = await host.UserAsync("sales");

        var created = await CreateAsync(director, "2027-03", salesId, 10_000m);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var plan = await Json(created);
        plan.GetProperty("ownerName").GetString().ShouldNotBeNullOrEmpty();
        var duplicate = await CreateAsync(director, "2027-03", salesId, 1m);
        duplicate.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(duplicate)).GetProperty("code").GetString().ShouldBe("Crm.SalesPlan.Duplicate");
        var team = await CreateAsync(director, "2027-Q1", null, 5m);
        team.StatusCode.ShouldBe(HttpStatusCode.Created);
        var teamId = (await Json(team)).GetProperty("id").GetGuid();
        (await CreateAsync(director, "2027-q1", null, 6m)).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var updated = await director.PutAsJsonAsync($"/api/crm/sales-plans/{plan.GetProperty("id").GetGuid()}", new
        {
            period = "2027-03", ownerId = salesId, amount = 12_500.50m, concurrencyStamp = plan.GetProperty("concurrencyStamp").GetString(),
        });
        updated.StatusCode.ShouldBe(HttpStatusCode.OK, await updated.Content.ReadAsStringAsync());
        (await Json(updated)).GetProperty("amount").GetDecimal().ShouldBe(12_500.50m);
        var stale = await director.PutAsJsonAsync($"/api/crm/sales-plans/{plan.GetProperty("id").GetGuid()}", new
        {
            period = "2027-03", ownerId = salesId, amount = 1m, concurrencyStamp = plan.GetProperty("concurrencyStamp").GetString(),
        });
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);

        (await CreateAsync(director, "2027-13", salesId, 1m)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await CreateAsync(director, "2027-Q5", salesId, 1m)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await CreateAsync(director, "2027-04", salesId, -1m)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await CreateAsync(director, "2027-04", salesId, 1.001m)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await CreateAsync(director, "2027-04", Guid.NewGuid(), 1m)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await director.GetAsync("/api/crm/reports/plan-vs-fact?period=2027-00")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await director.GetAsync($"/api/crm/sales-plans/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await CreateAsync(sales, "2027-05", salesId, 1_000_000m)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await sales.PutAsJsonAsync("/api/crm/sales-plans/settings", new { basis = "paidInvoices" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await sales.DeleteAsync($"/api/crm/sales-plans/{plan.GetProperty("id").GetGuid()}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await sales.GetAsync("/api/crm/sales-plans/settings")).StatusCode.ShouldBe(HttpStatusCode.OK);
        // A manager reads their own plans, not the team's.
        (await sales.GetAsync($"/api/crm/sales-plans/{plan.GetProperty("id").GetGuid()}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await sales.GetAsync($"/api/crm/sales-plans/{teamId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var exported = await sales.GetAsync("/api/crm/reports/profit-by-channel/export?from=2027-01-01&to=2027-03-31");
        exported.StatusCode.ShouldBe(HttpStatusCode.OK);
        var (warehouse, _) = await host.UserAsync("warehouse");
        (await warehouse.GetAsync("/api/crm/reports/plan-vs-fact")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await warehouse.GetAsync("/api/crm/sales-plans")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static Task<HttpResponseMessage> CreateAsync(HttpClient client, string period, Guid? ownerId, decimal amount) =>
        client.PostAsJsonAsync("/api/crm/sales-plans", new { period, ownerId, amount });

    private static async Task BasisAsync(HttpClient director, string basis)
    {
        var response = await director.PutAsJsonAsync("/api/crm/sales-plans/settings", new { basis });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await Json(response)).GetProperty("basis").GetString().ShouldBe(basis);
    }

    private static async Task WonAsync(HttpClient manager, decimal amount)
    {
        var deal = (await CrmApi.DealAsync(manager, await CrmApi.CompanyAsync(manager), "Сделка", new { amount })).GetProperty("id").GetGuid();
        (await manager.PostAsync($"/api/crm/deals/{deal}/win", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>A client's payment applied to an invoice of <paramref name="dealId"/>, as Finance publishes it, through the real bus.</summary>
    private Task PaymentAsync(Guid companyId, Guid dealId, DateOnly date, decimal amount) =>
        ModuleOutbox.PublishAsync(host, "finance", new PaymentReceivedEto(Guid.NewGuid(), "ПП-" + Guid.NewGuid().ToString("N")[..6], date,
            Guid.NewGuid(), companyId, amount, "RUB", null, [new PaymentAllocationEto(Guid.NewGuid(), "СЧ-1", dealId, amount)], DateTimeOffset.UtcNow));

    private static async Task<JsonElement> PlanVsFactAsync(HttpClient client, string period)
    {
        var response = await client.GetAsync($"/api/crm/reports/plan-vs-fact?period={period}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await Json(response);
    }

    private static (Guid? OwnerId, decimal Plan, decimal Fact, decimal? Percent, decimal Forecast) Row(JsonElement r) =>
        (r.GetProperty("ownerId").ValueKind == JsonValueKind.Null ? null : r.GetProperty("ownerId").GetGuid(), r.GetProperty("plan").GetDecimal(),
            r.GetProperty("fact").GetDecimal(), r.GetProperty("percent").ValueKind == JsonValueKind.Null ? null : r.GetProperty("percent").GetDecimal(),
            r.GetProperty("forecast").GetDecimal());

    private static List<(Guid? OwnerId, decimal Plan, decimal Fact, decimal? Percent, decimal Forecast)> Rows(JsonElement report) =>
        report.GetProperty("rows").EnumerateArray().Select(Row).ToList();
}

/// <summary>A host whose clock reads 10 December 2026, 12:00 in Moscow, set before it starts.</summary>
public abstract class SalesPlanHost : SuiteHost
{
    public static readonly DateTimeOffset Now = new(2026, 12, 10, 12, 0, 0, TimeSpan.FromHours(3));

    protected SalesPlanHost(DatabaseProvider provider) : base(provider) => Clock.Set(Now);

    public ManualClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}

public sealed class SalesPlanSqliteHost() : SalesPlanHost(DatabaseProvider.Sqlite);

public sealed class SalesPlanPostgreSqlHost() : SalesPlanHost(DatabaseProvider.PostgreSql);

public sealed class SalesPlanTestsOnSqlite(SalesPlanSqliteHost host) : SalesPlanTests(host), IClassFixture<SalesPlanSqliteHost>;

public sealed class SalesPlanTestsOnPostgreSql(SalesPlanPostgreSqlHost host) : SalesPlanTests(host), IClassFixture<SalesPlanPostgreSqlHost>;
