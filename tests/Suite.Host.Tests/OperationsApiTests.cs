using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MiniExcelLibs;
using Shouldly;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Host.Tests;

/// <summary>The admin's view of the machinery: the system's health and event backlog, and every module's audit log as one list.</summary>
public abstract class OperationsApiTests(SuiteHost host)
{
    [Fact]
    public async Task Should_Show_The_Admin_The_Version_Every_Check_And_Each_Modules_Event_Backlog()
    {
        var admin = await host.AdminAsync();

        var response = await admin.GetAsync("/api/admin/system");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var status = await Json(response);
        status.GetProperty("version").GetString()!.ShouldStartWith("1.0.0");
        status.GetProperty("database").GetString().ShouldBe(host.Provider == Suite.Framework.Data.DatabaseProvider.PostgreSql ? "postgresql" : "sqlite");
        status.GetProperty("broker").GetString().ShouldBe(host.UsesRabbitMq ? "rabbitmq" : "in-process");
        var checks = status.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("status").GetString());
        new[] { "database-crm", "database-finance", "database-stock", "database-tasks", "database-docs", "outbox-backlog" }.ShouldBeSubsetOf(checks.Keys);
        checks["database-crm"].ShouldBe("Healthy");
        var modules = status.GetProperty("modules").EnumerateArray().Select(m => m.GetProperty("module").GetString()).ToList();
        new[] { "crm", "finance", "stock", "tasks", "docs", "identity" }.ShouldBeSubsetOf(modules!);
        status.GetProperty("modules").EnumerateArray().ShouldAllBe(m => m.GetProperty("parked").GetInt32() == 0);

        var parked = await admin.GetAsync("/api/admin/parked-events");
        parked.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.PostAsync($"/api/admin/parked-events/crm/{Guid.NewGuid()}/replay", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_Keep_The_Machinery_And_The_Audit_Log_From_Everyone_But_The_Admin()
    {
        var (sales, _) = await host.UserAsync("sales");
        var (director, _) = await host.UserAsync("director");
        foreach (var user in new[] { sales, director })
        {
            (await user.GetAsync("/api/admin/system")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await user.GetAsync("/api/admin/audit")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await user.PostAsync($"/api/admin/parked-events/crm/{Guid.NewGuid()}/discard", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }

        (await host.Anonymous().GetAsync("/api/admin/system")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_List_Who_Changed_Which_Record_And_How_Filtered_By_Person_Record_And_Day_And_Export_It()
    {
        var userName = $"audit-{Guid.NewGuid():N}"[..20];
        var (sales, salesId) = await host.UserAsync("sales", userName);
        var name = $"ООО «Аудит {Guid.NewGuid():N}»"[..30];
        var created = await Json(await sales.PostAsJsonAsync("/api/crm/companies", new { name }));
        var id = created.GetProperty("id").GetGuid();
        var renamed = await sales.PutAsJsonAsync($"/api/crm/companies/{id}",
            new { name = name + " плюс", concurrencyStamp = created.GetProperty("concurrencyStamp").GetString() });
        renamed.StatusCode.ShouldBe(HttpStatusCode.OK, await renamed.Content.ReadAsStringAsync());
        var admin = await host.AdminAsync();

        var entries = await EntriesAsync(admin, $"entityId={id}");
        entries.Select(e => e.GetProperty("kind").GetString()).ShouldBe(["Updated", "Created"]);
        entries.ShouldAllBe(e => e.GetProperty("module").GetString() == "crm" && e.GetProperty("entityType").GetString() == "Company");
        entries.ShouldAllBe(e => e.GetProperty("recordName").GetString() == name + " плюс");
        entries.ShouldAllBe(e => e.GetProperty("userName").GetString() == userName && e.GetProperty("userId").GetGuid() == salesId);
        var rename = entries[0].GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("field").GetString() == "name");
        rename.GetProperty("oldValue").GetString().ShouldBe(name);
        rename.GetProperty("newValue").GetString().ShouldBe(name + " плюс");

        (await EntriesAsync(admin, $"userId={salesId}&module=crm&entityType=Company")).Count.ShouldBe(2);
        (await EntriesAsync(admin, $"entityId={id}&userId={Guid.NewGuid()}")).ShouldBeEmpty();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        (await EntriesAsync(admin, $"entityId={id}&from={today.AddDays(-1):yyyy-MM-dd}&to={today.AddDays(1):yyyy-MM-dd}")).Count.ShouldBe(2);
        (await EntriesAsync(admin, $"entityId={id}&to={today.AddDays(-2):yyyy-MM-dd}")).ShouldBeEmpty();
        (await EntriesAsync(admin, $"entityId={id}&module=finance")).ShouldBeEmpty();
        (await admin.GetAsync("/api/admin/audit?from=not-a-day")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var export = await admin.GetAsync($"/api/admin/audit/export?entityId={id}");
        export.StatusCode.ShouldBe(HttpStatusCode.OK, await export.Content.ReadAsStringAsync());
        await using var file = await export.Content.ReadAsStreamAsync();
        var rows = file.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().Select(r => r.Values.Select(v => v?.ToString()).ToList()).ToList();
        rows.Count.ShouldBe(3, "the header and the two changes");
        rows.Skip(1).ShouldAllBe(r => r.Contains(userName) && r.Contains(name + " плюс"));
        rows[1].ShouldContain(c => c != null && c.Contains($"name: {name} → {name} плюс"));
    }

    private static async Task<List<JsonElement>> EntriesAsync(HttpClient admin, string query)
    {
        var response = await admin.GetAsync($"/api/admin/audit?{query}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await Json(response)).GetProperty("items").EnumerateArray().ToList();
    }
}

public sealed class OperationsApiTestsOnSqlite(SqliteHost host) : OperationsApiTests(host), IClassFixture<SqliteHost>;

public sealed class OperationsApiTestsOnPostgreSql(PostgreSqlHost host) : OperationsApiTests(host), IClassFixture<PostgreSqlHost>;
