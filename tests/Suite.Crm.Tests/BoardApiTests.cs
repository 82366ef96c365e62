using System.Net;
using System.Net.Http.Json;
using Shouldly;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Crm.Tests;

/// <summary>The kanban board: every column's count and total over all matching deals, quick filters, the record rule, paging a column.</summary>
public abstract class BoardApiTests(SuiteHost host)
{
    private static string Show((long Count, decimal Amount, List<string> Titles) column) =>
        $"{column.Count} | {column.Amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} | {string.Join(", ", column.Titles)}";

    [Fact]
    public async Task Should_Count_And_Total_Every_Column_In_The_Database_And_Show_Sales_Only_Their_Own()
    {
        var (director, _) = await host.UserAsync("director");
        var (anna, annaId) = await host.UserAsync("sales");
        var (boris, _) = await host.UserAsync("sales");
        var (pipeline, stages) = await BoardApi.PipelineAsync(director);
        var annaCompany = await BoardApi.CompanyAsync(anna, CrmApi.Unique("ООО Анна"));
        var borisCompany = await BoardApi.CompanyAsync(boris, CrmApi.Unique("ООО Борис"));

        await BoardApi.DealAsync(anna, annaCompany, pipeline, stages["Заявка"], 100.10m, "Анна 1");
        await BoardApi.DealAsync(anna, annaCompany, pipeline, stages["Заявка"], 200.25m, "Анна 2");
        var toWin = await BoardApi.DealAsync(anna, annaCompany, pipeline, stages["Договор"], 50m, "Анна 3");
        await BoardApi.DealAsync(boris, borisCompany, pipeline, stages["Заявка"], 1000m, "Борис 1");
        (await anna.PostAsync($"/api/crm/deals/{toWin}/win", null)).EnsureSuccessStatusCode();

        var all = await BoardApi.BoardAsync(director, $"pipelineId={pipeline}");
        all.Keys.ShouldBe(["Заявка", "Договор", "Успех", "Отказ"]);
        all["Заявка"].Count.ShouldBe(3);
        all["Заявка"].Amount.ShouldBe(1300.35m);
        all["Заявка"].Titles.ShouldBe(["Борис 1", "Анна 2", "Анна 1"], ignoreOrder: true);
        all["Договор"].Count.ShouldBe(0);
        all["Договор"].Amount.ShouldBe(0m);
        all["Успех"].Count.ShouldBe(1);
        all["Успех"].Amount.ShouldBe(50m);
        all["Отказ"].Count.ShouldBe(0);

        var annas = await BoardApi.BoardAsync(anna, $"pipelineId={pipeline}");
        annas["Заявка"].Count.ShouldBe(2);
        annas["Заявка"].Amount.ShouldBe(300.35m);
        annas["Заявка"].Titles.ShouldBe(["Анна 2", "Анна 1"], ignoreOrder: true);
        annas["Успех"].Count.ShouldBe(1);

        // A sales user asking for a colleague's deals gets none rather than the colleague's board.
        var asked = await BoardApi.BoardAsync(boris, $"pipelineId={pipeline}&ownerId={annaId}");
        asked["Заявка"].Count.ShouldBe(0);

        var board = await Json(await director.GetAsync($"/api/crm/deals/board?pipelineId={pipeline}"));
        board.GetProperty("pipelineId").GetGuid().ShouldBe(pipeline);
        var column = board.GetProperty("columns")[0];
        column.GetProperty("stageId").GetGuid().ShouldBe(stages["Заявка"]);
        column.GetProperty("kind").GetString().ShouldBe("open");
        board.GetProperty("columns")[2].GetProperty("kind").GetString().ShouldBe("won");
    }

    [Fact]
    public async Task Should_Apply_The_Quick_Filters_To_Counts_Totals_And_Cards()
    {
        var (director, directorId) = await host.UserAsync("director");
        var (anna, annaId) = await host.UserAsync("sales");
        var (pipeline, stages) = await BoardApi.PipelineAsync(director);
        var source = await BoardApi.SourceAsync(director);
        var tag = CrmApi.Unique("vip").Replace(' ', '-');
        var vip = await BoardApi.CompanyAsync(anna, CrmApi.Unique("ООО Вип"), tag, "окна");
        var plain = await BoardApi.CompanyAsync(anna, CrmApi.Unique("ООО Простая"));

        await BoardApi.DealAsync(anna, vip, pipeline, stages["Заявка"], 10m, "Окна для вип", source);
        await BoardApi.DealAsync(anna, plain, pipeline, stages["Заявка"], 20m, "Двери");
        await BoardApi.DealAsync(director, plain, pipeline, stages["Договор"], 40m, "Окна директора");

        var byTag = await BoardApi.BoardAsync(director, $"pipelineId={pipeline}&tag={Uri.EscapeDataString(tag)}");
        Show(byTag["Заявка"]).ShouldBe("1 | 10.00 | Окна для вип");
        byTag["Договор"].Count.ShouldBe(0);

        var bySource = await BoardApi.BoardAsync(director, $"pipelineId={pipeline}&sourceId={source}");
        Show(bySource["Заявка"]).ShouldBe("1 | 10.00 | Окна для вип");

        var byText = await BoardApi.BoardAsync(director, $"pipelineId={pipeline}&filter={Uri.EscapeDataString("ОКНА")}");
        Show(byText["Заявка"]).ShouldBe("1 | 10.00 | Окна для вип");
        Show(byText["Договор"]).ShouldBe("1 | 40.00 | Окна директора");

        var byOwner = await BoardApi.BoardAsync(director, $"pipelineId={pipeline}&ownerId={annaId}");
        byOwner["Заявка"].Count.ShouldBe(2);
        byOwner["Заявка"].Amount.ShouldBe(30m);
        byOwner["Договор"].Count.ShouldBe(0);

        var mine = await BoardApi.BoardAsync(director, $"pipelineId={pipeline}&mine=true");
        mine["Заявка"].Count.ShouldBe(0);
        Show(mine["Договор"]).ShouldBe("1 | 40.00 | Окна директора");
        directorId.ShouldNotBe(annaId);
    }

    [Fact]
    public async Task Should_Bring_The_First_Cards_And_Page_A_Column_Through_The_Deals_List()
    {
        var (director, _) = await host.UserAsync("director");
        var (pipeline, stages) = await BoardApi.PipelineAsync(director);
        var company = await BoardApi.CompanyAsync(director, CrmApi.Unique("ООО Много"));
        for (var i = 1; i <= 5; i++)
            await BoardApi.DealAsync(director, company, pipeline, stages["Заявка"], i, $"Сделка {i}");

        var board = await Json(await director.GetAsync($"/api/crm/deals/board?pipelineId={pipeline}&take=2"));
        var column = board.GetProperty("columns")[0];
        column.GetProperty("count").GetInt64().ShouldBe(5);
        column.GetProperty("amount").GetDecimal().ShouldBe(15m);
        var first = column.GetProperty("deals").EnumerateArray().Select(d => d.GetProperty("title").GetString()).ToList();
        first.Count.ShouldBe(2);

        var sorting = Uri.EscapeDataString(board.GetProperty("sorting").GetString()!);
        var rest = await Json(await director.GetAsync(
            $"/api/crm/deals?pipelineId={pipeline}&stageId={stages["Заявка"]}&sorting={sorting}&skipCount=2&maxResultCount=50"));
        rest.GetProperty("totalCount").GetInt64().ShouldBe(5);
        var next = rest.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("title").GetString()).ToList();
        first.Concat(next).ShouldBe(Enumerable.Range(1, 5).Select(i => $"Сделка {i}"), ignoreOrder: true);

        (await director.GetAsync($"/api/crm/deals/board?pipelineId={pipeline}&take=0")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await director.GetAsync($"/api/crm/deals/board?pipelineId={Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await host.Anonymous().GetAsync("/api/crm/deals/board")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var (warehouse, _) = await host.UserAsync("warehouse");
        (await warehouse.GetAsync("/api/crm/deals/board")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_Show_The_Default_Pipeline_When_None_Is_Given()
    {
        var admin = await host.AdminAsync();
        var board = await Json(await admin.GetAsync("/api/crm/deals/board"));
        board.GetProperty("pipelineId").GetGuid().ShouldBe((await CrmApi.DefaultPipelineAsync(admin)).GetProperty("id").GetGuid());
        board.GetProperty("columns").GetArrayLength().ShouldBeGreaterThan(2);
    }
}

public sealed class BoardApiTestsOnSqlite(SqliteHost host) : BoardApiTests(host), IClassFixture<SqliteHost>;

public sealed class BoardApiTestsOnPostgreSql(PostgreSqlHost host) : BoardApiTests(host), IClassFixture<PostgreSqlHost>;
