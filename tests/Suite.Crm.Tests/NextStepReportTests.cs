using System.Text.Json;
using Shouldly;
using Suite.Framework.Permissions;
using Suite.Tasks.Events;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Crm.Tests;

/// <summary>The director's "deals without a next step" per manager, from the next tasks Tasks reports through the bus.</summary>
public abstract class NextStepReportTests(SuiteHost host)
{
    [Fact]
    public async Task Should_Count_Each_Managers_Open_Deals_Without_A_Next_Step_And_With_An_Overdue_One()
    {
        var admin = await host.AdminAsync();
        var (anna, annaId) = await host.UserAsync(Roles.Sales);
        var (_, borisId) = await host.UserAsync(Roles.Sales);
        var companyId = await CrmApi.CompanyAsync(admin);
        async Task<Guid> Deal(Guid owner) =>
            (await CrmApi.DealAsync(admin, companyId, CrmApi.Unique("Окна"), new { ownerId = owner })).GetProperty("id").GetGuid();

        // Anna: four open deals (one planned, one overdue, two without a step) and a won one, which needs no step.
        var planned = await Deal(annaId);
        var late = await Deal(annaId);
        await Deal(annaId);
        await Deal(annaId);
        var won = await Deal(annaId);
        (await admin.PostAsync($"/api/crm/deals/{won}/win", null)).EnsureSuccessStatusCode();
        // Boris: one deal, planned.
        var borisDeal = await Deal(borisId);

        var at = DateTimeOffset.UtcNow;
        await ModuleOutbox.PublishAsync(host, "tasks", new DealNextTaskChangedEto(planned, Guid.NewGuid(), "Позвонить", at.AddDays(1), annaId, 1, at));
        await ModuleOutbox.PublishAsync(host, "tasks", new DealNextTaskChangedEto(late, Guid.NewGuid(), "Замер", at.AddHours(-2), annaId, 1, at));
        await ModuleOutbox.PublishAsync(host, "tasks", new DealNextTaskChangedEto(borisDeal, Guid.NewGuid(), "КП", at.AddDays(2), borisId, 1, at));

        var report = await Eventually.Until(() => Report(admin), r => Row(r, borisId) is { } b && b.GetProperty("withoutNextStep").GetInt64() == 0
                && Row(r, annaId) is { } a && a.GetProperty("withoutNextStep").GetInt64() == 2,
            what: "the three next tasks in Crm");
        var annaRow = Row(report, annaId)!.Value;
        annaRow.GetProperty("openDeals").GetInt64().ShouldBe(4, "the won deal is not open");
        annaRow.GetProperty("withoutNextStep").GetInt64().ShouldBe(2);
        annaRow.GetProperty("overdueNextStep").GetInt64().ShouldBe(1);
        annaRow.GetProperty("ownerName").GetString().ShouldNotBeNullOrEmpty("managers are shown by name");
        var borisRow = Row(report, borisId)!.Value;
        borisRow.GetProperty("openDeals").GetInt64().ShouldBe(1);
        borisRow.GetProperty("overdueNextStep").GetInt64().ShouldBe(0);

        // A sales user sees only their own row.
        var own = await Report(anna);
        own.GetProperty("items").GetArrayLength().ShouldBe(1);
        Row(own, annaId)!.Value.GetProperty("withoutNextStep").GetInt64().ShouldBe(2);
        own.GetProperty("withoutNextStep").GetInt64().ShouldBe(2, "the total is of the rows shown");

        // The counts open as lists: the deals list filtered by next step gives exactly those deals.
        (await DealIds(admin, $"ownerId={annaId}&nextStep=none")).Count.ShouldBe(2);
        (await DealIds(admin, $"ownerId={annaId}&nextStep=overdue")).ShouldBe([late]);
        (await DealIds(anna, "nextStep=overdue")).ShouldBe([late]);
        (await DealIds(admin, $"ownerId={annaId}&nextStep=none")).ShouldNotContain(planned);
        (await admin.GetAsync("/api/crm/deals?nextStep=soon")).StatusCode.ShouldBe(System.Net.HttpStatusCode.BadRequest);
    }

    private static async Task<List<Guid>> DealIds(HttpClient client, string query) =>
        (await Json(await client.GetAsync($"/api/crm/deals?{query}&maxResultCount=100"))).GetProperty("items").EnumerateArray()
        .Select(d => d.GetProperty("id").GetGuid()).ToList();

    private static async Task<JsonElement> Report(HttpClient client) => await Json(await client.GetAsync("/api/crm/reports/next-steps"));

    private static JsonElement? Row(JsonElement report, Guid ownerId) =>
        report.GetProperty("items").EnumerateArray().Where(r => r.GetProperty("ownerId").GetGuid() == ownerId).Select(r => (JsonElement?)r.Clone())
            .SingleOrDefault();
}

public sealed class NextStepReportTestsOnSqlite(SqliteHost host) : NextStepReportTests(host), IClassFixture<SqliteHost>;

public sealed class NextStepReportTestsOnPostgreSql(PostgreSqlHost host) : NextStepReportTests(host), IClassFixture<PostgreSqlHost>;
