using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using Shouldly;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Crm.Tests;

/// <summary>
/// The leads' and activities' reports over the hand-built data set of <see cref="LeadReportHost"/> (its table is the
/// key to every figure below). 1 March 2027 is a Monday.
/// </summary>
public abstract class LeadReportApiTests(LeadReportHost host)
{
    private const string FirstDay = "from=2027-03-01&to=2027-03-01";
    private const string BothDays = "from=2027-03-01&to=2027-03-02";

    [Fact]
    public async Task Should_Time_The_First_Action_On_Each_Lead_Per_Manager_And_Source()
    {
        var w = await host.WorldAsync();

        var report = await Json(await w.Director.GetAsync($"/api/crm/reports/lead-response?{FirstDay}"));

        // Answered in 5 (L1), 20 (L2), 10 (L3), 60 (L4), 0 (L7), 15 (L8) minutes; L5 and L6 untouched.
        // Sorted 0 5 10 15 20 60: median (10 + 15) / 2 = 12.5, average 110 / 6 = 18.3; within 15 minutes 0, 5, 10, 15: 4 of 8.
        Row(report.GetProperty("total")).ShouldBe((null, 8, 6, 2, 12.5, 18.3, 4, 0.5));
        // A: L1 5, L2 20, L5 —, L7 0, L8 15 → 0 5 15 20; B: L3 10, L4 60, L6 —.
        Rows(report, "byOwner").ShouldBe([(w.AId, 5, 4, 1, 10.0, 10.0, 3, 0.6), (w.BId, 3, 2, 1, 35.0, 35.0, 1, Round(1 / 3d))]);
        // X: L1 5, L2 20, L6 —, L8 15; Y: L3 10, L4 60, L7 0; no source: L5 —.
        Rows(report, "bySource").ShouldBe([
            (w.X, 4, 3, 1, 15.0, 13.3, 2, 0.5), (w.Y, 3, 3, 0, 10.0, 23.3, 2, Round(2 / 3d)), (null, 1, 0, 1, null, null, 0, 0.0),
        ]);
        report.GetProperty("bySource")[0].GetProperty("name").GetString().ShouldBe(w.XName);
        report.GetProperty("byOwner")[0].GetProperty("name").GetString().ShouldNotBeNullOrEmpty();

        var untouched = report.GetProperty("untouched").EnumerateArray().ToList();
        untouched.Select(u => u.GetProperty("leadId").GetGuid()).ShouldBe([w.Leads[5], w.Leads[6]]); // the longest waiting first
        untouched[0].GetProperty("title").GetString().ShouldBe("L5");
        untouched[0].GetProperty("name").GetString().ShouldBe("Клиент 5");
        untouched[0].GetProperty("status").GetString().ShouldBe("new");
        untouched[1].GetProperty("sourceName").GetString().ShouldBe(w.XName);
        untouched[1].GetProperty("ownerId").GetGuid().ShouldBe(w.BId);
        untouched[0].GetProperty("waitingMinutes").GetDouble().ShouldBeGreaterThanOrEqualTo(24 * 60 - 4 + 3); // arrived at 09:04, now past 09:03 the next day
    }

    [Fact]
    public async Task Should_Count_A_Lead_In_The_Period_It_Arrived_In()
    {
        var w = await host.WorldAsync();

        var nextDay = await Json(await w.Director.GetAsync("/api/crm/reports/lead-response?from=2027-03-02"));
        Row(nextDay.GetProperty("total")).ShouldBe((null, 1, 1, 0, 3.0, 3.0, 1, 1.0)); // L9, a call 3 minutes later

        var all = await Json(await w.Director.GetAsync($"/api/crm/reports/lead-response?{BothDays}&sourceId={w.X}"));
        Row(all.GetProperty("total")).ShouldBe((null, 5, 4, 1, 10.0, 10.8, 3, 0.6)); // L1 5, L2 20, L6 —, L8 15, L9 3
    }

    [Fact]
    public async Task Should_Count_Only_Their_Own_Leads_Deals_And_Activities_For_A_Sales_User()
    {
        var w = await host.WorldAsync();

        var response = await Json(await w.A.GetAsync($"/api/crm/reports/lead-response?{FirstDay}"));
        Row(response.GetProperty("total")).ShouldBe((null, 5, 4, 1, 10.0, 10.0, 3, 0.6));
        Rows(response, "byOwner").Select(r => r.Id).ShouldBe([w.AId]);
        response.GetProperty("untouched").EnumerateArray().Select(u => u.GetProperty("leadId").GetGuid()).ShouldBe([w.Leads[5]]);
        // Asking for someone else's leads gives nothing rather than theirs.
        var others = await Json(await w.A.GetAsync($"/api/crm/reports/lead-response?{FirstDay}&ownerId={w.BId}"));
        others.GetProperty("total").GetProperty("leads").GetInt32().ShouldBe(0);

        var newLeads = await Json(await w.A.GetAsync($"/api/crm/reports/new-leads?{BothDays}"));
        Counts(newLeads.GetProperty("total")).ShouldBe((6, 4, 1, 0, 1)); // L1, L2, L8, L9 processed; L7 converted; L5 ignored

        var segments = await Json(await w.A.GetAsync($"/api/crm/reports/deal-segments?pipelineId={w.Pipeline}"));
        Segments(segments).ShouldBe([(1, 50_000m), (1, 100_000m), (1, 500_000m), (1, 1_000_000m)]); // D1, D2, D5, D7

        var activities = await Json(await w.B.GetAsync($"/api/crm/reports/activities?{BothDays}"));
        activities.GetProperty("managers").EnumerateArray().Select(m => m.GetProperty("userId").GetGuid()).ShouldBe([w.BId]);
        Activity(activities.GetProperty("total")).ShouldBe((3, 0, 1));
    }

    [Fact]
    public async Task Should_Count_New_Leads_By_What_Became_Of_Them_Per_Period_And_Source()
    {
        var w = await host.WorldAsync();

        var byDay = await Json(await w.Director.GetAsync($"/api/crm/reports/new-leads?{BothDays}"));

        byDay.GetProperty("groupBy").GetString().ShouldBe("day");
        // Received, processed, converted, junked, ignored. 1 March: L1, L2, L3, L8 processed (L2 in work, the others new
        // but acted on), L7 converted, L4 junk, L5 and L6 ignored (editing L6's phone is not acting on it). 2 March: L9.
        Periods(byDay).ShouldBe([("2027-03-01", "2027-03-01", (8, 4, 1, 1, 2)), ("2027-03-02", "2027-03-02", (1, 1, 0, 0, 0))]);
        Counts(byDay.GetProperty("total")).ShouldBe((9, 5, 1, 1, 2));
        byDay.GetProperty("sources").EnumerateArray().Select(s => (SourceOf(s), Counts(s.GetProperty("counts")))).ShouldBe([
            (w.X, (5, 4, 0, 0, 1)), // L1, L2, L8, L9; L6 ignored
            (w.Y, (3, 1, 1, 1, 0)), // L3; L7 converted; L4 junk
            (null, (1, 0, 0, 0, 1)), // L5
        ]);
        byDay.GetProperty("sources")[1].GetProperty("name").GetString().ShouldBe(w.YName);

        var byWeek = await Json(await w.Director.GetAsync($"/api/crm/reports/new-leads?{BothDays}&groupBy=week"));
        Periods(byWeek).ShouldBe([("2027-03-01", "2027-03-07", (9, 5, 1, 1, 2))]);

        // Every month of the period is there, the empty February too.
        var byMonth = await Json(await w.Director.GetAsync("/api/crm/reports/new-leads?from=2027-02-15&to=2027-03-31&groupBy=month"));
        Periods(byMonth).ShouldBe([("2027-02-01", "2027-02-28", (0, 0, 0, 0, 0)), ("2027-03-01", "2027-03-31", (9, 5, 1, 1, 2))]);

        var bySource = await Json(await w.Director.GetAsync($"/api/crm/reports/new-leads?{BothDays}&sourceId={w.Y}"));
        Counts(bySource.GetProperty("total")).ShouldBe((3, 1, 1, 1, 0));

        (await w.Director.GetAsync("/api/crm/reports/new-leads?groupBy=year")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Should_Cut_New_Deals_Into_Budget_Ranges_By_Stage()
    {
        var w = await host.WorldAsync();

        var report = await Json(await w.Director.GetAsync($"/api/crm/reports/deal-segments?pipelineId={w.Pipeline}&{FirstDay}"));

        report.GetProperty("bounds").EnumerateArray().Select(b => b.GetDecimal()).ShouldBe([100_000m, 500_000m, 1_000_000m]);
        report.GetProperty("stages").EnumerateArray().Select(s => (s.GetProperty("name").GetString(), s.GetProperty("kind").GetString(),
                s.GetProperty("count").GetInt32(), s.GetProperty("amount").GetDecimal()))
            .ShouldBe([("S1", "open", 3, 649_999.99m), ("S2", "open", 2, 2_250_000m), ("won", "won", 1, 500_000m), ("lost", "lost", 1, 1_000_000m)]);
        // A bound belongs to the range it starts: 100,000 is in 100,000–500,000, 1,000,000 in "1,000,000 and above".
        var segments = report.GetProperty("segments").EnumerateArray().ToList();
        segments.Select(s => (s.GetProperty("from").GetDecimal(), s.GetProperty("to").ValueKind == JsonValueKind.Null ? (decimal?)null : s.GetProperty("to").GetDecimal()))
            .ShouldBe([(0m, 100_000m), (100_000m, 500_000m), (500_000m, 1_000_000m), (1_000_000m, null)]);
        Segments(report).ShouldBe([(1, 50_000m), (3, 849_999.99m), (1, 500_000m), (2, 3_000_000m)]);
        // Cells in the order of the stages S1, S2, won, lost.
        segments.SelectMany(Cells).ShouldBe([
            (1, 50_000m), (0, 0m), (0, 0m), (0, 0m),                 // D1
            (2, 599_999.99m), (1, 250_000m), (0, 0m), (0, 0m),       // D2, D4 in S1; D3 in S2
            (0, 0m), (0, 0m), (1, 500_000m), (0, 0m),                // D5 won
            (0, 0m), (1, 2_000_000m), (0, 0m), (1, 1_000_000m),      // D6 in S2; D7 lost
        ]);
        report.GetProperty("count").GetInt32().ShouldBe(7);
        report.GetProperty("amount").GetDecimal().ShouldBe(4_399_999.99m);

        var custom = await Json(await w.Director.GetAsync($"/api/crm/reports/deal-segments?pipelineId={w.Pipeline}&bounds=300000"));
        Segments(custom).ShouldBe([(3, 400_000m), (4, 3_999_999.99m)]);

        foreach (var bad in new[] { "500000,100000", "100000,100000", "abc", "-5", "0", "0.001", "1,2,3,4,5,6,7,8,9,10,11", "1e30" })
            (await w.Director.GetAsync($"/api/crm/reports/deal-segments?bounds={Uri.EscapeDataString(bad)}")).StatusCode
                .ShouldBe(HttpStatusCode.BadRequest, bad);
        (await w.Director.GetAsync($"/api/crm/reports/deal-segments?pipelineId={Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_Count_Calls_Emails_And_Meetings_Per_Manager_Per_Day()
    {
        var w = await host.WorldAsync();

        var report = await Json(await w.Director.GetAsync($"/api/crm/reports/activities?{BothDays}"));

        // A: a call on L1 and the e-mail on L8 on 1 March, a call on L9 on 2 March. B: three calls on L3 on 1 March and
        // the meeting on L3, which starts on 2 March. Comments, tasks and status changes are not calls or e-mails.
        Activity(report.GetProperty("total")).ShouldBe((5, 1, 1));
        report.GetProperty("days").EnumerateArray().Select(d => (d.GetProperty("day").GetString(), Activity(d)))
            .ShouldBe([("2027-03-01", (4, 1, 0)), ("2027-03-02", (1, 0, 1))]);
        var managers = report.GetProperty("managers").EnumerateArray().ToList();
        managers.Select(m => (m.GetProperty("userId").GetGuid(), Activity(m.GetProperty("total")))).ShouldBe([(w.BId, (3, 0, 1)), (w.AId, (2, 1, 0))]);
        managers[1].GetProperty("days").EnumerateArray().Select(d => (d.GetProperty("day").GetString(), Activity(d)))
            .ShouldBe([("2027-03-01", (1, 1, 0)), ("2027-03-02", (1, 0, 0))]);

        var onlyA = await Json(await w.Director.GetAsync($"/api/crm/reports/activities?{FirstDay}&ownerId={w.AId}"));
        Activity(onlyA.GetProperty("total")).ShouldBe((1, 1, 0));
    }

    [Fact]
    public async Task Should_Log_An_Email_On_The_Card_Like_A_Call()
    {
        var w = await host.WorldAsync();

        var timeline = await Json(await w.A.GetAsync($"/api/crm/timeline?entityType=lead&entityId={w.Leads[8]}"));
        var email = timeline.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("kind").GetString() == "email");
        email.GetProperty("title").GetString().ShouldBe("Письмо «Коммерческое предложение» отправлено");
        email.GetProperty("details").GetProperty("address").GetString().ShouldBe("client@example.com");
        email.GetProperty("details").GetProperty("direction").GetString().ShouldBe("outgoing");

        var noSubject = await w.A.PostAsJsonAsync("/api/crm/timeline/emails",
            new { entityType = "lead", entityId = w.Leads[8], direction = "incoming" });
        noSubject.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(noSubject)).GetProperty("errors").TryGetProperty("subject", out _).ShouldBeTrue();
        // Someone else's card is not found, as the card itself.
        (await w.A.PostAsJsonAsync("/api/crm/timeline/emails",
                new { entityType = "lead", entityId = w.Leads[3], direction = "incoming", subject = "Вопрос" }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_Export_Each_Report_As_A_Workbook_With_Its_Figures()
    {
        var w = await host.WorldAsync();

        using (var response = await Workbook(w.Director, $"/api/crm/reports/lead-response/export?{FirstDay}"))
        {
            var sheet = response.Worksheets.First();
            sheet.Cell(2, 1).GetString().ShouldBe("С 01.03.2027 по 01.03.2027");
            var total = sheet.RowsUsed().First(r => r.Cell(1).GetString() == "Итого");
            total.Cell(2).GetValue<int>().ShouldBe(8);
            total.Cell(5).GetValue<double>().ShouldBe(12.5);
            sheet.RowsUsed().Any(r => r.Cell(1).GetString() == "L6").ShouldBeTrue();
        }

        using (var response = await Workbook(w.Director, $"/api/crm/reports/new-leads/export?{BothDays}"))
            response.Worksheets.First().RowsUsed().First(r => r.Cell(1).GetString() == "Итого").Cell(3).GetValue<int>().ShouldBe(9);

        using (var response = await Workbook(w.Director, $"/api/crm/reports/deal-segments/export?pipelineId={w.Pipeline}"))
        {
            var total = response.Worksheets.First().RowsUsed().First(r => r.Cell(1).GetString() == "Итого");
            total.LastCellUsed().GetValue<decimal>().ShouldBe(4_399_999.99m);
        }

        using (var response = await Workbook(w.Director, $"/api/crm/reports/activities/export?{BothDays}"))
            response.Worksheets.First().RowsUsed().Last().Cell(2).GetValue<int>().ShouldBe(5);

        (await w.Director.GetAsync("/api/crm/reports/deal-segments/export?bounds=abc")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Should_Refuse_The_Reports_To_A_User_Without_The_Reports_Permission()
    {
        var w = await host.WorldAsync();

        foreach (var route in new[] { "lead-response", "new-leads", "deal-segments", "activities", "lead-response/export", "activities/export" })
            (await w.Accountant.GetAsync($"/api/crm/reports/{route}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, route);
        (await w.Director.GetAsync("/api/crm/reports/lead-response?from=yesterday")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private static async Task<XLWorkbook> Workbook(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
    }

    private static double Round(double value) => Math.Round(value, 6);

    private static double? Number(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : Round(e.GetDouble());

    private static Guid? SourceOf(JsonElement e) =>
        e.GetProperty("sourceId").ValueKind == JsonValueKind.Null ? null : e.GetProperty("sourceId").GetGuid();

    private static (Guid? Id, int Leads, int Answered, int Untouched, double? Median, double? Average, int Within, double? Share) Row(JsonElement r) => (
        r.GetProperty("id").ValueKind == JsonValueKind.Null ? null : r.GetProperty("id").GetGuid(),
        r.GetProperty("leads").GetInt32(), r.GetProperty("answered").GetInt32(), r.GetProperty("untouched").GetInt32(),
        Number(r.GetProperty("medianMinutes")), Number(r.GetProperty("averageMinutes")),
        r.GetProperty("answeredWithin15Minutes").GetInt32(), Number(r.GetProperty("shareWithin15Minutes")));

    private static List<(Guid? Id, int Leads, int Answered, int Untouched, double? Median, double? Average, int Within, double? Share)> Rows(
        JsonElement report, string list) => report.GetProperty(list).EnumerateArray().Select(Row).ToList();

    private static (int Received, int Processed, int Converted, int Junked, int Ignored) Counts(JsonElement c) => (
        c.GetProperty("received").GetInt32(), c.GetProperty("processed").GetInt32(), c.GetProperty("converted").GetInt32(),
        c.GetProperty("junked").GetInt32(), c.GetProperty("ignored").GetInt32());

    private static List<(string?, string?, (int, int, int, int, int))> Periods(JsonElement report) =>
        report.GetProperty("periods").EnumerateArray()
            .Select(p => (p.GetProperty("start").GetString(), p.GetProperty("end").GetString(), Counts(p.GetProperty("counts")))).ToList();

    private static List<(int, decimal)> Segments(JsonElement report) =>
        report.GetProperty("segments").EnumerateArray().Select(s => (s.GetProperty("count").GetInt32(), s.GetProperty("amount").GetDecimal())).ToList();

    private static List<(int, decimal)> Cells(JsonElement segment) =>
        segment.GetProperty("stages").EnumerateArray().Select(c => (c.GetProperty("count").GetInt32(), c.GetProperty("amount").GetDecimal())).ToList();

    private static (int Calls, int Emails, int Meetings) Activity(JsonElement a) =>
        (a.GetProperty("calls").GetInt32(), a.GetProperty("emails").GetInt32(), a.GetProperty("meetings").GetInt32());
}

public sealed class LeadReportApiTestsOnSqlite(LeadReportSqliteHost host) : LeadReportApiTests(host), IClassFixture<LeadReportSqliteHost>;

public sealed class LeadReportApiTestsOnPostgreSql(LeadReportPostgreSqlHost host) : LeadReportApiTests(host), IClassFixture<LeadReportPostgreSqlHost>;
