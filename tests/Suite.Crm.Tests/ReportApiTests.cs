using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Suite.Crm.Data;
using Suite.Framework.Data;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Crm.Tests;

/// <summary>
/// The sales reports over a small hand-built data set whose numbers are written out below. The host runs on a
/// clock the data set moves by whole days, so the stage history has known lengths. Everything lives in a pipeline
/// of its own (P: S1 10 %, S2 50 %, S3 80 %, won, lost), which every query filters by.
/// <code>
/// deal  owner source amount expected    history (day: stage)                          end
/// D1    A     X      100    2027-01-15  0 S1, 2 S2, 5 S3, 6 won                       won
/// D2    A     X      200    2027-01-20  0 S1, 2 S2, 5 lost (R1)                       lost
/// D3    B     Y      300    2027-02-10  0 S1, 6 won (skips S2, S3)                    won
/// D4    B     Y      400    2027-02-10  0 S1, 2 S2                                    open in S2
/// D5    A     Y      500    —           0 S1, 5 lost (R2)                             lost
/// D6    B     —      600    2027-01-31  0 S1, 6 lost (R1)                             lost
/// D7    A     X      700    2027-03-01  40 S1 (created 40 days after the others)      open in S1
/// </code>
/// </summary>
public abstract class ReportApiTests(ReportHost host)
{
    [Fact]
    public async Task Should_Count_Each_Stage_As_Deals_That_Reached_It_Or_Went_Further()
    {
        var w = await host.WorldAsync();

        var funnel = await Json(await w.Director.GetAsync($"/api/crm/reports/funnel?pipelineId={w.Pipeline}"));

        funnel.GetProperty("pipelineId").GetGuid().ShouldBe(w.Pipeline);
        Stages(funnel).ShouldBe([
            ("S1", 7, 2800m, Round(4 / 7d)), // every deal was in S1
            ("S2", 4, 1000m, 0.5),    // D1, D2, D4 entered it, D3 skipped it to be won
            ("S3", 2, 400m, 1.0),     // D1, and won D3
            ("won", 2, 400m, null),
            ("lost", 3, 1300m, null),
        ]);
    }

    [Fact]
    public async Task Should_Read_The_Furthest_Stage_From_The_History_For_Deals_Saved_Before_It_Was_Kept()
    {
        var w = await host.WorldAsync();
        using (var scope = host.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
            (await db.Deals.Where(d => d.PipelineId == w.Pipeline)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.ReachedStageOrder, (int?)null))).ShouldBe(7);
        }

        var funnel = await Json(await w.Director.GetAsync($"/api/crm/reports/funnel?pipelineId={w.Pipeline}"));

        Stages(funnel).ShouldBe([
            ("S1", 7, 2800m, Round(4 / 7d)), ("S2", 4, 1000m, 0.5), ("S3", 2, 400m, 1.0), ("won", 2, 400m, null), ("lost", 3, 1300m, null),
        ]);
    }

    [Fact]
    public async Task Should_Count_Only_Their_Own_Deals_For_A_Sales_User()
    {
        var w = await host.WorldAsync();

        Stages(await Json(await w.A.GetAsync($"/api/crm/reports/funnel?pipelineId={w.Pipeline}"))).ShouldBe([
            ("S1", 4, 1500m, 0.5), ("S2", 2, 300m, 0.5), ("S3", 1, 100m, 1.0), ("won", 1, 100m, null), ("lost", 2, 700m, null),
        ]);

        var ranking = await Json(await w.A.GetAsync($"/api/crm/reports/manager-ranking?pipelineId={w.Pipeline}"));
        ranking.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("ownerId").GetGuid()).ShouldBe([w.AId]);

        // Asking for someone else's numbers gives nothing rather than their numbers.
        var others = await Json(await w.A.GetAsync($"/api/crm/reports/manager-ranking?pipelineId={w.Pipeline}&ownerId={w.BId}"));
        others.GetProperty("items").GetArrayLength().ShouldBe(0);

        var losses = await Json(await w.A.GetAsync($"/api/crm/reports/loss-reasons?pipelineId={w.Pipeline}"));
        Losses(losses).ShouldBe([(w.R2, 1, 500m), (w.R1, 1, 200m)]);

        var sources = await Json(await w.A.GetAsync($"/api/crm/reports/sources?pipelineId={w.Pipeline}"));
        sources.GetProperty("items").EnumerateArray().Sum(i => i.GetProperty("dealsCount").GetInt32()).ShouldBe(4);
    }

    [Fact]
    public async Task Should_Filter_By_Period_Owner_And_Source()
    {
        var w = await host.WorldAsync();
        var first = w.FirstDay.ToString("yyyy-MM-dd");
        var later = w.LaterDay.ToString("yyyy-MM-dd");

        Stages(await Json(await w.Director.GetAsync($"/api/crm/reports/funnel?pipelineId={w.Pipeline}&to={first}"))).ShouldBe([
            ("S1", 6, 2100m, Round(4 / 6d)), ("S2", 4, 1000m, 0.5), ("S3", 2, 400m, 1.0), ("won", 2, 400m, null), ("lost", 3, 1300m, null),
        ]);
        Stages(await Json(await w.Director.GetAsync($"/api/crm/reports/funnel?pipelineId={w.Pipeline}&from={later}&to={later}"))).ShouldBe([
            ("S1", 1, 700m, 0.0), ("S2", 0, 0m, null), ("S3", 0, 0m, null), ("won", 0, 0m, null), ("lost", 0, 0m, null),
        ]);
        Stages(await Json(await w.Director.GetAsync($"/api/crm/reports/funnel?pipelineId={w.Pipeline}&ownerId={w.BId}"))).ShouldBe([
            ("S1", 3, 1300m, Round(2 / 3d)), ("S2", 2, 700m, 0.5), ("S3", 1, 300m, 1.0), ("won", 1, 300m, null), ("lost", 1, 600m, null),
        ]);

        var bySource = await Json(await w.Director.GetAsync($"/api/crm/reports/manager-ranking?pipelineId={w.Pipeline}&sourceId={w.X}"));
        Ranking(bySource).ShouldBe([(w.AId, 1, 100m, 100m, 0.5)]); // D1 won, D2 lost, D7 open

        // Without the pipeline filter the default pipeline's funnel is shown, which none of these deals is in.
        var defaultFunnel = await Json(await w.A.GetAsync($"/api/crm/reports/funnel?from={later}"));
        defaultFunnel.GetProperty("pipelineId").GetGuid().ShouldNotBe(w.Pipeline);
        Stages(defaultFunnel).Sum(s => s.Count).ShouldBe(0);
    }

    [Fact]
    public async Task Should_Rank_Managers_By_Won_Amount()
    {
        var w = await host.WorldAsync();

        var ranking = await Json(await w.Director.GetAsync($"/api/crm/reports/manager-ranking?pipelineId={w.Pipeline}"));

        Ranking(ranking).ShouldBe([
            (w.BId, 1, 300m, 300m, 0.5),    // D3 won; D6 lost; D4 open
            (w.AId, 1, 100m, 100m, Round(1 / 3d)), // D1 won; D2, D5 lost; D7 open
        ]);
        var a = ranking.GetProperty("items")[1];
        a.GetProperty("lostCount").GetInt32().ShouldBe(2);
        a.GetProperty("openCount").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Should_Sum_Lost_Revenue_By_Loss_Reason()
    {
        var w = await host.WorldAsync();

        var losses = await Json(await w.Director.GetAsync($"/api/crm/reports/loss-reasons?pipelineId={w.Pipeline}"));

        Losses(losses).ShouldBe([(w.R1, 2, 800m), (w.R2, 1, 500m)]);
        losses.GetProperty("items")[0].GetProperty("name").GetString().ShouldBe(w.R1Name);
    }

    [Fact]
    public async Task Should_Show_Deals_And_Conversion_To_Won_By_Source()
    {
        var w = await host.WorldAsync();
        foreach (var (client, source) in new[] { (w.Director, w.X), (w.Director, w.X), (w.A, w.Y) })
            (await client.PostAsJsonAsync("/api/crm/leads", new { title = "Заявка", phone = "+7 900 111-22-33", sourceId = source }))
                .StatusCode.ShouldBe(HttpStatusCode.Created);

        var sources = await Json(await w.Director.GetAsync($"/api/crm/reports/sources?pipelineId={w.Pipeline}"));

        sources.GetProperty("items").EnumerateArray().Select(i => (
                i.GetProperty("sourceId").ValueKind == JsonValueKind.Null ? (Guid?)null : i.GetProperty("sourceId").GetGuid(),
                i.GetProperty("dealsCount").GetInt32(), i.GetProperty("wonCount").GetInt32(), i.GetProperty("wonAmount").GetDecimal(),
                i.GetProperty("lostCount").GetInt32(), Round(i.GetProperty("conversionToWon").GetDouble())))
            .ShouldBe([
                (w.Y, 3, 1, 300m, 1, Round(1 / 3d)), // D3 won, D4 open, D5 lost
                (w.X, 3, 1, 100m, 1, Round(1 / 3d)), // D1 won, D2 lost, D7 open
                (null, 1, 0, 0m, 1, 0.0),            // D6 lost
            ]);
        sources.GetProperty("items")[0].GetProperty("name").GetString().ShouldBe(w.YName);
        sources.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("sourceId").ValueKind != JsonValueKind.Null)
            .Select(i => i.GetProperty("leadsCount").GetInt32()).ShouldBe([1, 2]);
        var asA = await Json(await w.A.GetAsync($"/api/crm/reports/sources?pipelineId={w.Pipeline}&sourceId={w.Y}"));
        asA.GetProperty("items").EnumerateArray().Single().GetProperty("leadsCount").GetInt32().ShouldBe(1);

        var onlyX = await Json(await w.Director.GetAsync($"/api/crm/reports/sources?pipelineId={w.Pipeline}&sourceId={w.X}"));
        onlyX.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("sourceId").GetGuid()).ShouldBe([w.X]);
    }

    [Fact]
    public async Task Should_Average_The_Days_In_Each_Stage_And_The_Sale_Duration()
    {
        var w = await host.WorldAsync();

        var velocity = await Json(await w.Director.GetAsync($"/api/crm/reports/velocity?pipelineId={w.Pipeline}"));

        // Finished stays: S1 2, 2, 6, 2, 5, 6 days (D1, D2, D3, D4, D5, D6); S2 3, 3 (D1, D2); S3 1 (D1).
        var stages = velocity.GetProperty("stages").EnumerateArray().ToList();
        stages.Select(s => s.GetProperty("name").GetString()).ShouldBe(["S1", "S2", "S3"]);
        stages.Select(s => s.GetProperty("stays").GetInt32()).ShouldBe([6, 2, 1]);
        stages[0].GetProperty("averageDays").GetDouble().ShouldBe(23 / 6d, 0.01);
        stages[1].GetProperty("averageDays").GetDouble().ShouldBe(3, 0.01);
        stages[2].GetProperty("averageDays").GetDouble().ShouldBe(1, 0.01);
        // D1 and D3 were won six days after they were created.
        velocity.GetProperty("averageSaleDays").GetDouble().ShouldBe(6, 0.01);
        velocity.GetProperty("wonCount").GetInt32().ShouldBe(2);

        var mine = await Json(await w.B.GetAsync($"/api/crm/reports/velocity?pipelineId={w.Pipeline}"));
        mine.GetProperty("stages").EnumerateArray().Select(s => s.GetProperty("stays").GetInt32()).ShouldBe([3, 0, 0]); // D3, D4, D6
        mine.GetProperty("stages")[0].GetProperty("averageDays").GetDouble().ShouldBe(14 / 3d, 0.01);
    }

    [Fact]
    public async Task Should_Forecast_Open_Amounts_By_Expected_Close_Month()
    {
        var w = await host.WorldAsync();

        var forecast = await Json(await w.Director.GetAsync($"/api/crm/reports/forecast?pipelineId={w.Pipeline}"));

        // Open: D4 400 in S2 (50 %) closing 2027-02, D7 700 in S1 (10 %) closing 2027-03.
        forecast.GetProperty("months").EnumerateArray().Select(m => (m.GetProperty("year").GetInt32(), m.GetProperty("month").GetInt32(),
                m.GetProperty("count").GetInt32(), m.GetProperty("openAmount").GetDecimal(), m.GetProperty("weightedAmount").GetDecimal()))
            .ShouldBe([(2027, 2, 1, 400m, 200m), (2027, 3, 1, 700m, 70m)]);
        forecast.GetProperty("openAmount").GetDecimal().ShouldBe(1100m);
        forecast.GetProperty("weightedAmount").GetDecimal().ShouldBe(270m);
    }

    [Fact]
    public async Task Should_Refuse_Reports_Without_The_Permission_And_An_Unknown_Pipeline()
    {
        var w = await host.WorldAsync();

        (await w.Accountant.GetAsync("/api/crm/reports/funnel")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await w.Accountant.GetAsync("/api/crm/reports/manager-ranking")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await w.Director.GetAsync($"/api/crm/reports/funnel?pipelineId={Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await w.Director.GetAsync("/api/crm/reports/funnel?from=yesterday")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private static double Round(double value) => Math.Round(value, 6);

    private static List<(string Name, int Count, decimal Amount, double? Conversion)> Stages(JsonElement funnel) =>
        funnel.GetProperty("stages").EnumerateArray().Select(s => (
            s.GetProperty("name").GetString()!, s.GetProperty("count").GetInt32(), s.GetProperty("amount").GetDecimal(),
            s.GetProperty("conversionToNext").ValueKind == JsonValueKind.Null ? (double?)null : Round(s.GetProperty("conversionToNext").GetDouble())))
            .ToList();

    private static List<(Guid, int, decimal)> Losses(JsonElement report) =>
        report.GetProperty("items").EnumerateArray()
            .Select(i => (i.GetProperty("lossReasonId").GetGuid(), i.GetProperty("count").GetInt32(), i.GetProperty("amount").GetDecimal())).ToList();

    private static List<(Guid, int, decimal, decimal, double)> Ranking(JsonElement report) =>
        report.GetProperty("items").EnumerateArray().Select(i => (i.GetProperty("ownerId").GetGuid(), i.GetProperty("wonCount").GetInt32(),
            i.GetProperty("wonAmount").GetDecimal(), i.GetProperty("averageDeal").GetDecimal(), Round(i.GetProperty("winRate").GetDouble()))).ToList();
}

/// <summary>The data set of <see cref="ReportApiTests"/>, built once per host.</summary>
public sealed record ReportWorld(
    HttpClient Director, HttpClient A, Guid AId, HttpClient B, Guid BId, HttpClient Accountant,
    Guid Pipeline, Guid X, Guid Y, string YName, Guid R1, string R1Name, Guid R2, DateOnly FirstDay, DateOnly LaterDay);

/// <summary>A host whose clock the report tests move by days; the data set is built once, before any test reads it.</summary>
public abstract class ReportHost(DatabaseProvider provider) : SuiteHost(provider)
{
    private readonly ManualClock _clock = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ReportWorld? _world;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(_clock));
    }

    public async Task<ReportWorld> WorldAsync()
    {
        await _gate.WaitAsync();
        try
        {
            return _world ??= await BuildAsync();
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<ReportWorld> BuildAsync()
    {
        // Tokens are checked on the moved clock, so after each move of it the users sign in again.
        var admin = await AdminAsync();
        var names = Enumerable.Range(0, 4).Select(_ => $"rep-{Guid.NewGuid():N}"[..20]).ToArray();
        var (_, aId) = await UserAsync("sales", names[0]);
        var (_, bId) = await UserAsync("sales", names[1]);
        await UserAsync("director", names[2]);
        await UserAsync("accountant", names[3]);
        HttpClient a = null!, b = null!;
        async Task SignInAgain()
        {
            admin = await AdminAsync();
            a = await SignInAsync(names[0], UserPassword);
            b = await SignInAsync(names[1], UserPassword);
        }

        await SignInAgain();

        var pipeline = await Json(await admin.PostAsJsonAsync("/api/crm/pipelines", new
        {
            name = CrmApi.Unique("Отчёты"),
            stages = new object[]
            {
                new { name = "S1", probability = 10, kind = "open" }, new { name = "S2", probability = 50, kind = "open" },
                new { name = "S3", probability = 80, kind = "open" }, new { name = "won", probability = 100, kind = "won" },
                new { name = "lost", probability = 0, kind = "lost" },
            },
        }));
        var pipelineId = pipeline.GetProperty("id").GetGuid();
        var stage = pipeline.GetProperty("stages").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("id").GetGuid());

        async Task<(Guid Id, string Name)> Entry(string list, string prefix)
        {
            var name = CrmApi.Unique(prefix);
            var created = await admin.PostAsJsonAsync(list, new { name });
            created.StatusCode.ShouldBe(HttpStatusCode.Created);
            return ((await Json(created)).GetProperty("id").GetGuid(), name);
        }

        var x = await Entry("/api/crm/sources", "Сайт");
        var y = await Entry("/api/crm/sources", "Выставка");
        var r1 = await Entry("/api/crm/loss-reasons", "Дорого");
        var r2 = await Entry("/api/crm/loss-reasons", "Конкурент");
        var companyA = await CrmApi.CompanyAsync(a);
        var companyB = await CrmApi.CompanyAsync(b);

        async Task<(Guid Id, DateOnly Created)> Deal(HttpClient owner, Guid company, decimal amount, Guid? source, string? expected)
        {
            var deal = await CrmApi.DealAsync(owner, company, $"D {amount}", new
            {
                amount, pipelineId, sourceId = source, expectedCloseDate = expected,
            });
            // Report periods are the company's (Moscow) calendar days.
            var created = TimeZoneInfo.ConvertTime(deal.GetProperty("createdAt").GetDateTimeOffset(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow"));
            return (deal.GetProperty("id").GetGuid(), DateOnly.FromDateTime(created.DateTime));
        }

        async Task Ok(Task<HttpResponseMessage> call)
        {
            var response = await call;
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        }

        Task Move(HttpClient c, Guid deal, string to) => Ok(c.PostAsJsonAsync($"/api/crm/deals/{deal}/move", new { stageId = stage[to] }));
        Task Win(HttpClient c, Guid deal) => Ok(c.PostAsync($"/api/crm/deals/{deal}/win", null));
        Task Lose(HttpClient c, Guid deal, Guid reason) => Ok(c.PostAsJsonAsync($"/api/crm/deals/{deal}/lose", new { lossReasonId = reason }));
        var day = TimeSpan.FromDays(1);

        var d1 = await Deal(a, companyA, 100m, x.Id, "2027-01-15");
        var d2 = await Deal(a, companyA, 200m, x.Id, "2027-01-20");
        var d3 = await Deal(b, companyB, 300m, y.Id, "2027-02-10");
        var d4 = await Deal(b, companyB, 400m, y.Id, "2027-02-10");
        var d5 = await Deal(a, companyA, 500m, y.Id, null);
        var d6 = await Deal(b, companyB, 600m, null, "2027-01-31");

        _clock.Advance(2 * day);
        await SignInAgain();
        await Move(a, d1.Id, "S2");
        await Move(a, d2.Id, "S2");
        await Move(b, d4.Id, "S2");

        _clock.Advance(3 * day);
        await SignInAgain();
        await Move(a, d1.Id, "S3");
        await Lose(a, d2.Id, r1.Id);
        await Lose(a, d5.Id, r2.Id);

        _clock.Advance(day);
        await SignInAgain();
        await Win(a, d1.Id);
        await Win(b, d3.Id);
        await Lose(b, d6.Id, r1.Id);

        _clock.Advance(34 * day);
        await SignInAgain();
        var d7 = await Deal(a, companyA, 700m, x.Id, "2027-03-01");

        var director = await SignInAsync(names[2], UserPassword);
        var accountant = await SignInAsync(names[3], UserPassword);
        return new ReportWorld(director, a, aId, b, bId, accountant, pipelineId, x.Id, y.Id, y.Name, r1.Id, r1.Name, r2.Id,
            d1.Created, d7.Created);
    }
}

public sealed class ReportSqliteHost() : ReportHost(DatabaseProvider.Sqlite);

public sealed class ReportPostgreSqlHost() : ReportHost(DatabaseProvider.PostgreSql);

public sealed class ReportApiTestsOnSqlite(ReportSqliteHost host) : ReportApiTests(host), IClassFixture<ReportSqliteHost>;

public sealed class ReportApiTestsOnPostgreSql(ReportPostgreSqlHost host) : ReportApiTests(host), IClassFixture<ReportPostgreSqlHost>;
