using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Crm.Tests;

/// <summary>
/// Report periods are the company's calendar days: a deal created at 00:30 in Moscow on 2 December (21:30 UTC on
/// 1 December) belongs to 2 December.
/// </summary>
public abstract class BusinessDayReportTests(MoscowNightHost host)
{
    [Fact]
    public async Task Should_Count_A_Deal_Created_At_Half_Past_Midnight_In_Moscow_On_That_Day()
    {
        var admin = await host.AdminAsync();
        var source = await admin.PostAsJsonAsync("/api/crm/sources", new { name = CrmApi.Unique("Ночной звонок") });
        source.StatusCode.ShouldBe(HttpStatusCode.Created);
        var sourceId = (await Json(source)).GetProperty("id").GetGuid();
        await CrmApi.DealAsync(admin, await CrmApi.CompanyAsync(admin), "Ночная сделка", new { amount = 1000m, sourceId });

        async Task<int> DealsOn(string day)
        {
            var report = await Json(await admin.GetAsync($"/api/crm/reports/sources?sourceId={sourceId}&from={day}&to={day}"));
            return report.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("sourceId").ValueKind != JsonValueKind.Null)
                .Sum(i => i.GetProperty("dealsCount").GetInt32());
        }

        (await DealsOn("2026-12-02")).ShouldBe(1);
        (await DealsOn("2026-12-01")).ShouldBe(0);
    }
}

public sealed class BusinessDayReportTestsOnSqlite(MoscowNightSqliteHost host) : BusinessDayReportTests(host), IClassFixture<MoscowNightSqliteHost>;

public sealed class BusinessDayReportTestsOnPostgreSql(MoscowNightPostgreSqlHost host)
    : BusinessDayReportTests(host), IClassFixture<MoscowNightPostgreSqlHost>;
