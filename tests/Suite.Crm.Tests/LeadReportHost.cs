using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Suite.Framework.Data;
using Suite.TestBase;
using static Suite.TestBase.ResponseJson;

namespace Suite.Crm.Tests;

/// <summary>The data set of <see cref="LeadReportApiTests"/>; leads L1…L9 by number (index 0 unused).</summary>
public sealed record LeadReportWorld(
    HttpClient Director, HttpClient A, Guid AId, HttpClient B, Guid BId, HttpClient Accountant,
    Guid X, string XName, Guid Y, string YName, Guid[] Leads, Guid Pipeline);

/// <summary>
/// A host whose clock starts at 08:00 on Monday 1 March 2027 in Moscow (set before the host starts, so its tokens live
/// in that morning) and that the world's builder moves forward minute by minute. Between two moves only milliseconds
/// pass, so every action lands its whole minutes after the lead it answers.
/// <code>
/// lead owner source arrives (min after 09:00) first action by a person                  minutes  status at the end
/// L1   A     X      0                          comment by A at 5 (a call at 8 later)      5        new
/// L2   A     X      1                          A sets it in work at 21                   20       inWork
/// L3   B     Y      2                          B sets a task on it at 12 (Tasks' API)    10       new
/// L4   B     Y      3                          B marks it junk at 63                     60       junk
/// L5   A     —      4                          none                                      —        new (untouched)
/// L6   B     X      5                          none: B only edits its phone at 30         —        new (untouched)
/// L7   A     Y      6, entered already in work  its creation in work                       0        converted at 40
/// L8   A     X      7                          an e-mail logged as sent at 22 exactly    15        new
/// L9   A     X      next day, 2 March, 0       a call by A 3 minutes later               3        new
/// </code>
/// Besides: B logs three calls on L3 at 63 and a meeting on L3 starting on 2 March 10:00. Deals in a pipeline of their
/// own (S1, S2, won, lost), created on 1 March: D1 A 50,000 S1; D2 A 100,000 S1; D3 B 250,000 S2; D4 B 499,999.99 S1;
/// D5 A 500,000 won; D6 B 2,000,000 S2; D7 A 1,000,000 lost.
/// </summary>
public abstract class LeadReportHost : SuiteHost
{
    /// <summary>09:00 on 1 March 2027 in Moscow: L1 arrives.</summary>
    public static readonly DateTimeOffset T0 = new(2027, 3, 1, 9, 0, 0, TimeSpan.FromHours(3));

    private readonly ManualClock _clock = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private LeadReportWorld? _world;

    protected LeadReportHost(DatabaseProvider provider) : base(provider) => _clock.Set(T0.AddHours(-1));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(_clock));
    }

    public async Task<LeadReportWorld> WorldAsync()
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

    private async Task<LeadReportWorld> BuildAsync()
    {
        var admin = await AdminAsync();
        var names = Enumerable.Range(0, 4).Select(_ => $"lr-{Guid.NewGuid():N}"[..20]).ToArray();
        var (a, aId) = await UserAsync("sales", names[0]);
        var (b, bId) = await UserAsync("sales", names[1]);
        var (director, _) = await UserAsync("director", names[2]);
        await UserAsync("accountant", names[3]);

        async Task<(Guid Id, string Name)> Entry(string list, string prefix)
        {
            var name = CrmApi.Unique(prefix);
            var created = await admin.PostAsJsonAsync(list, new { name });
            created.StatusCode.ShouldBe(HttpStatusCode.Created);
            return ((await Json(created)).GetProperty("id").GetGuid(), name);
        }

        var x = await Entry("/api/crm/sources", "Сайт");
        var y = await Entry("/api/crm/sources", "Звонок");
        var reason = await Entry("/api/crm/loss-reasons", "Дорого");
        var leads = new Guid[10];
        var arrived = new DateTimeOffset[10];

        void At(double minutes) => _clock.Set(T0.AddMinutes(minutes));

        // An action timed from the moment lead n arrived, so the minutes between are whole but for the request's own milliseconds.
        void After(int n, double minutes) => _clock.Set(arrived[n].AddMinutes(minutes));

        // Tokens live an hour on the moved clock: after a long move the users sign in again.
        async Task SignInAgain()
        {
            admin = await AdminAsync();
            a = await SignInAsync(names[0], UserPassword);
            b = await SignInAsync(names[1], UserPassword);
        }

        async Task<JsonElement> Ok(Task<HttpResponseMessage> call, HttpStatusCode expected = HttpStatusCode.OK)
        {
            var response = await call;
            response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync());
            return await Json(response);
        }

        async Task Lead(int n, HttpClient owner, Guid? source, string? status = null)
        {
            var lead = await Ok(owner.PostAsJsonAsync("/api/crm/leads", new { title = $"L{n}", name = $"Клиент {n}", sourceId = source, status }),
                HttpStatusCode.Created);
            leads[n] = lead.GetProperty("id").GetGuid();
            arrived[n] = lead.GetProperty("createdAt").GetDateTimeOffset();
        }

        Task<JsonElement> Call(HttpClient c, int n) => Ok(c.PostAsJsonAsync("/api/crm/timeline/calls",
            new { entityType = "lead", entityId = leads[n], direction = "outgoing", durationSeconds = 60 }), HttpStatusCode.Created);

        At(0);
        await SignInAgain();
        await Lead(1, a, x.Id);
        At(1);
        await Lead(2, a, x.Id);
        At(2);
        await Lead(3, b, y.Id);
        At(3);
        await Lead(4, b, y.Id);
        At(4);
        await Lead(5, a, null);
        At(5);
        await Lead(6, b, x.Id);
        After(1, 5);
        await Ok(a.PostAsJsonAsync("/api/crm/timeline/comments", new { entityType = "lead", entityId = leads[1], text = "Перезвоню" }),
            HttpStatusCode.Created);
        At(6);
        await Lead(7, a, y.Id, "inWork");
        At(7);
        await Lead(8, a, x.Id);
        // Logged now, as sent exactly 15 minutes after the lead arrived: 15:00 is still "within 15 minutes".
        await Ok(a.PostAsJsonAsync("/api/crm/timeline/emails", new
        {
            entityType = "lead", entityId = leads[8], direction = "outgoing", subject = "Коммерческое предложение",
            address = "client@example.com", occurredAt = arrived[8].AddMinutes(15),
        }), HttpStatusCode.Created);
        At(8);
        await Call(a, 1);
        // Tasks learns of the lead from Crm's event; until then it does not know the card, and each try is on time again.
        await Eventually.Until(async () =>
        {
            After(3, 10);
            return (await b.PostAsJsonAsync("/api/tasks", new
            {
                title = "Перезвонить", assigneeId = bId, dueAt = T0.AddDays(30), entityType = "lead", entityId = leads[3],
            })).StatusCode == HttpStatusCode.Created;
        }, what: "Tasks to know lead L3");
        After(2, 20);
        await Ok(a.PutAsJsonAsync($"/api/crm/leads/{leads[2]}", new { title = "L2", name = "Клиент 2", sourceId = x.Id, status = "inWork" }));
        At(30);
        await Ok(b.PutAsJsonAsync($"/api/crm/leads/{leads[6]}", new { title = "L6", name = "Клиент 6", sourceId = x.Id, phone = "+7 900 000-00-06" }));
        At(40);
        await Ok(a.PostAsJsonAsync($"/api/crm/leads/{leads[7]}/convert", new { }));
        At(62);
        await SignInAgain();
        After(4, 60);
        await Ok(b.PostAsJsonAsync($"/api/crm/leads/{leads[4]}/junk", new { reason = "Ошиблись номером" }));
        for (var i = 0; i < 3; i++)
            await Call(b, 3);
        await Ok(b.PostAsJsonAsync("/api/crm/timeline/meetings", new
        {
            entityType = "lead", entityId = leads[3], subject = "Замер", startsAt = new DateTimeOffset(2027, 3, 2, 10, 0, 0, TimeSpan.FromHours(3)),
            durationMinutes = 60,
        }), HttpStatusCode.Created);

        At(70);
        var pipeline = await Ok(admin.PostAsJsonAsync("/api/crm/pipelines", new
        {
            name = CrmApi.Unique("Бюджеты"),
            stages = new object[]
            {
                new { name = "S1", probability = 10, kind = "open" }, new { name = "S2", probability = 50, kind = "open" },
                new { name = "won", probability = 100, kind = "won" }, new { name = "lost", probability = 0, kind = "lost" },
            },
        }), HttpStatusCode.Created);
        var pipelineId = pipeline.GetProperty("id").GetGuid();
        var stage = pipeline.GetProperty("stages").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("id").GetGuid());
        var companyA = await CrmApi.CompanyAsync(a);
        var companyB = await CrmApi.CompanyAsync(b);
        async Task<Guid> Deal(HttpClient owner, Guid company, decimal amount) =>
            (await CrmApi.DealAsync(owner, company, $"D {amount}", new { amount, pipelineId })).GetProperty("id").GetGuid();

        await Deal(a, companyA, 50_000m);
        await Deal(a, companyA, 100_000m);
        var d3 = await Deal(b, companyB, 250_000m);
        await Deal(b, companyB, 499_999.99m);
        var d5 = await Deal(a, companyA, 500_000m);
        var d6 = await Deal(b, companyB, 2_000_000m);
        var d7 = await Deal(a, companyA, 1_000_000m);
        await Ok(b.PostAsJsonAsync($"/api/crm/deals/{d3}/move", new { stageId = stage["S2"] }));
        await Ok(b.PostAsJsonAsync($"/api/crm/deals/{d6}/move", new { stageId = stage["S2"] }));
        await Ok(a.PostAsync($"/api/crm/deals/{d5}/win", null));
        await Ok(a.PostAsJsonAsync($"/api/crm/deals/{d7}/lose", new { lossReasonId = reason.Id }));

        At(24 * 60);
        await SignInAgain();
        await Lead(9, a, x.Id);
        After(9, 3);
        await Call(a, 9);

        // The task's timeline item comes over the bus: wait until L3 shows as answered.
        director = await SignInAsync(names[2], UserPassword);
        await Eventually.Until(async () =>
        {
            var report = await Json(await director.GetAsync("/api/crm/reports/lead-response?from=2027-03-01&to=2027-03-01"));
            return report.GetProperty("total").GetProperty("answered").GetInt32() == 6;
        }, what: "the task on L3 to reach its timeline");

        return new LeadReportWorld(director, a, aId, await SignInAsync(names[1], UserPassword), bId, await SignInAsync(names[3], UserPassword),
            x.Id, x.Name, y.Id, y.Name, leads, pipelineId);
    }
}

public sealed class LeadReportSqliteHost() : LeadReportHost(DatabaseProvider.Sqlite);

public sealed class LeadReportPostgreSqlHost() : LeadReportHost(DatabaseProvider.PostgreSql);
