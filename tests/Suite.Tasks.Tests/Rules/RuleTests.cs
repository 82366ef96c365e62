using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Suite.Crm.Events;
using Suite.Framework.Time;
using Suite.Tasks.Data;
using Suite.Tasks.Application.Tasks;
using Suite.Tasks.Domain.Tasks;
using Suite.TestBase;
using Xunit;
using static Suite.Tasks.Tests.Rules.RulesApi;
using static Suite.TestBase.ResponseJson;

namespace Suite.Tasks.Tests.Rules;

/// <summary>
/// Automation rules through the real API and bus: a deal moved in Crm sets the rule's task for the right person by
/// the right time, once however often the event arrives, and only for the stage the rule names.
/// </summary>
public abstract class RuleTests(RulesHost host)
{
    private const string StageChanged = "Crm.Deal.StageChanged";

    // The bus delivers in a moment; a shared, loaded machine can take far longer than the default 20 s.
    private static readonly TimeSpan Slow = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Should_Set_One_Task_For_The_Deal_Owner_When_The_Deal_Enters_The_Stage_However_Often_The_Event_Arrives()
    {
        var admin = await host.AdminAsync();
        var (sales, salesId) = await host.UserAsync("sales");
        var (pipeline, stages) = await PipelineAsync(admin);
        var measure = await RuleAsync(admin, new
        {
            name = "Замер",
            isActive = true,
            trigger = new { @event = StageChanged, pipelineId = pipeline, stageId = stages["Замер"] },
            task = new
            {
                title = "Замер: {{ deal.title }}",
                description = "{{ company.name }}, {{ deal.currency }}. Ответственный: {{ owner.name }}",
                priority = "high", assignTo = "owner", dueIn = 2, dueUnit = "hours",
            },
        });
        var contract = await RuleAsync(admin, new
        {
            name = "Договор", trigger = new { @event = StageChanged, pipelineId = pipeline, stageId = stages["Договор"] },
            task = new { title = "Подготовить договор", assignTo = "owner", dueIn = 1, dueUnit = "hours" },
        });
        var deal = await DealAsync(sales, pipeline, stages["Заявка"]);
        await CopiesAsync(host, deal, salesId);

        await MoveAsync(sales, deal.Deal, stages["Замер"]);

        var tasks = await Eventually.Until(() => TasksOnAsync(host, "deal", deal.Deal), t => t.Count > 0, Slow, what: "the rule's task");
        var moved = await StageChangeAsync(host, deal.Deal);
        for (var i = 0; i < 3; i++)
            await ModuleOutbox.PublishAsync(host, "crm", moved); // the same event, each time under a new message id
        await Eventually.Until(() => ProcessedAsync(host, StageChanged, deal.Deal), n => n >= 4, Slow, what: "the three replays handled");

        tasks = await TasksOnAsync(host, "deal", deal.Deal);
        var task = tasks.ShouldHaveSingleItem();
        task.RuleId.ShouldBe(measure.GetProperty("id").GetGuid());
        task.RuleId.ShouldNotBe(contract.GetProperty("id").GetGuid());
        task.AssigneeId.ShouldBe(salesId);
        task.Title.ShouldBe($"Замер: {deal.Title}");
        task.Description.ShouldBe($"{deal.CompanyName}, RUB. Ответственный: {(await PersonAsync(salesId)).FullName}");
        task.Priority.ShouldBe(TaskPriority.High);
        ShouldBeDueAt(task.DueAt, moved.ChangedAt.AddHours(2));
        task.Status.ShouldBe(WorkTaskStatus.Open);
    }

    [Fact]
    public async Task Should_Do_Nothing_When_The_Deal_Enters_Another_Stage_Than_The_Rules()
    {
        var admin = await host.AdminAsync();
        var (sales, salesId) = await host.UserAsync("sales");
        var (pipeline, stages) = await PipelineAsync(admin);
        await RuleAsync(admin, new
        {
            trigger = new { @event = StageChanged, pipelineId = pipeline, stageId = stages["Договор"] },
            task = new { title = "Подготовить договор", assignTo = "owner", dueIn = 1, dueUnit = "hours" },
        });
        var deal = await DealAsync(sales, pipeline, stages["Заявка"]);

        await MoveAsync(sales, deal.Deal, stages["Замер"]);

        await Eventually.Until(() => ProcessedAsync(host, StageChanged, deal.Deal), n => n >= 1, Slow, what: "the move handled by Tasks");
        (await TasksOnAsync(host, "deal", deal.Deal)).ShouldBeEmpty();
        (await AssignedAsync(host, salesId)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_Give_The_Task_To_The_Least_Loaded_Employee_Of_The_Role_And_A_Tie_To_The_First_By_Name()
    {
        var admin = await host.AdminAsync();
        var (sales, _) = await host.UserAsync("sales");
        var (_, anna) = await host.UserAsync("accountant", Unique("acc-anna").Replace(' ', '-'));
        var (_, boris) = await host.UserAsync("accountant", Unique("acc-boris").Replace(' ', '-'));
        await OpenTasksAsync(anna, 2);
        await OpenTasksAsync(boris, 1);
        var (pipeline, stages) = await PipelineAsync(admin);
        await RuleAsync(admin, new
        {
            trigger = new { @event = StageChanged, pipelineId = pipeline, stageId = stages["Договор"] },
            task = new { title = "Проверить оплату", assignTo = "leastLoaded", role = "accountant", dueIn = 30, dueUnit = "minutes" },
        });
        var first = await DealAsync(sales, pipeline, stages["Заявка"]);
        var second = await DealAsync(sales, pipeline, stages["Заявка"]);

        await MoveAsync(sales, first.Deal, stages["Договор"]);
        var firstTask = (await Eventually.Until(() => TasksOnAsync(host, "deal", first.Deal), t => t.Count > 0, Slow, what: "the first task")).Single();
        await MoveAsync(sales, second.Deal, stages["Договор"]);
        var secondTask = (await Eventually.Until(() => TasksOnAsync(host, "deal", second.Deal), t => t.Count > 0, Slow, what: "the second task")).Single();

        firstTask.AssigneeId.ShouldBe(boris, "Boris had one open task, Anna two");
        secondTask.AssigneeId.ShouldBe(anna, "two each now: Anna comes first by name");
        ShouldBeDueAt(firstTask.DueAt, (await StageChangeAsync(host, first.Deal)).ChangedAt.AddMinutes(30));
    }

    [Fact]
    public async Task Should_Count_Working_Days_Past_The_Weekend_And_A_Holiday()
    {
        // Friday 15 January 2027, 15:00 in Moscow; Monday the 18th is made a holiday through the company's calendar.
        host.Clock.Set(new DateTimeOffset(2027, 1, 15, 15, 0, 0, TimeSpan.FromHours(3)));
        var admin = await host.AdminAsync();
        var saved = await admin.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/settings/calendar");
        var holidays = saved.GetProperty("holidays").EnumerateArray().Select(d => d.GetString()!).Append("2027-01-18").Distinct().ToArray();
        (await admin.PutAsJsonAsync("/api/settings/calendar", new { weekendDays = new[] { 6, 7 }, holidays, workdays = Array.Empty<string>() }))
            .EnsureSuccessStatusCode();
        host.Services.GetRequiredService<CompanyCalendar>().IsWorkingDay(new DateOnly(2027, 1, 18)).ShouldBeFalse();

        var (sales, salesId) = await host.UserAsync("sales");
        var (pipeline, stages) = await PipelineAsync(admin);
        await RuleAsync(admin, new
        {
            trigger = new { @event = StageChanged, pipelineId = pipeline, stageId = stages["Замер"] },
            task = new { title = "Выехать на замер", assignTo = "owner", dueIn = 1, dueUnit = "workingDays" },
        });
        var deal = await DealAsync(sales, pipeline, stages["Заявка"]);

        await MoveAsync(sales, deal.Deal, stages["Замер"]);

        var task = (await Eventually.Until(() => TasksOnAsync(host, "deal", deal.Deal), t => t.Count > 0, Slow, what: "the rule's task")).Single();
        var moved = await StageChangeAsync(host, deal.Deal);
        var movedLocal = TimeZoneInfo.ConvertTime(moved.ChangedAt, host.Services.GetRequiredService<BusinessClock>().TimeZone);
        movedLocal.DayOfWeek.ShouldBe(DayOfWeek.Friday);
        task.AssigneeId.ShouldBe(salesId);
        ShouldBeDueAt(task.DueAt, moved.ChangedAt.AddDays(4), "Friday + 1 working day, past Saturday, Sunday and the Monday holiday: Tuesday, same time");
    }

    [Fact]
    public async Task Should_Accept_The_First_Api_Form_And_Set_Its_Task()
    {
        var admin = await host.AdminAsync();
        var (sales, _) = await host.UserAsync("sales");
        var (_, director) = await host.UserAsync("director");
        var (pipeline, stages) = await PipelineAsync(admin);
        var byOwner = await RuleAsync(admin, new
        {
            trigger = new { @event = StageChanged, stageId = stages["Договор"] },
            task = new { title = "Договор: {{ deal.title }}", assignTo = "dealOwner", dueInHours = 24 },
        });
        byOwner.GetProperty("task").GetProperty("assignTo").GetString().ShouldBe("owner");
        byOwner.GetProperty("task").GetProperty("dueIn").GetInt32().ShouldBe(24);
        byOwner.GetProperty("task").GetProperty("dueUnit").GetString().ShouldBe("hours");
        byOwner.GetProperty("task").GetProperty("dueInHours").GetInt32().ShouldBe(24);
        byOwner.GetProperty("isActive").GetBoolean().ShouldBeTrue();
        await admin.DeleteAsync($"/api/tasks/rules/{byOwner.GetProperty("id").GetGuid()}");
        var byUser = await RuleAsync(admin, new
        {
            trigger = new { @event = StageChanged, stageId = stages["Договор"] },
            task = new { title = "Согласовать скидку", assignTo = director.ToString(), dueInHours = 4 },
        });
        byUser.GetProperty("task").GetProperty("assignTo").GetString().ShouldBe("user");
        byUser.GetProperty("task").GetProperty("userId").GetGuid().ShouldBe(director);
        byUser.GetProperty("task").GetProperty("userName").GetString().ShouldNotBeNullOrEmpty();
        var deal = await DealAsync(sales, pipeline, stages["Заявка"]);

        await MoveAsync(sales, deal.Deal, stages["Договор"]);

        var task = (await Eventually.Until(() => TasksOnAsync(host, "deal", deal.Deal), t => t.Count > 0, Slow, what: "the rule's task")).Single();
        task.AssigneeId.ShouldBe(director);
        task.Title.ShouldBe("Согласовать скидку");
        ShouldBeDueAt(task.DueAt, (await StageChangeAsync(host, deal.Deal)).ChangedAt.AddHours(4));
        var listed = await Json(await admin.GetAsync("/api/tasks/rules"));
        listed.EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ShouldContain(byUser.GetProperty("id").GetGuid());
        listed.EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ShouldNotContain(byOwner.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Should_Set_A_Call_Within_Fifteen_Minutes_For_A_New_Leads_Owner()
    {
        var admin = await host.AdminAsync();
        var (sales, salesId) = await host.UserAsync("sales");
        var rule = await RuleAsync(admin, new
        {
            name = "Перезвонить лиду",
            trigger = new { @event = "Crm.Lead.Created" },
            task = new { title = "Позвонить: {{ lead.name }} {{ lead.phone }}", assignTo = "owner", dueIn = 15, dueUnit = "minutes" },
        });
        var name = Unique("Пётр");
        var created = await sales.PostAsJsonAsync("/api/crm/leads", new { title = "Окна в дом", name, phone = "+7 900 000-00-00" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var lead = (await Json(created)).GetProperty("id").GetGuid();

        var task = (await Eventually.Until(() => TasksOnAsync(host, "lead", lead), t => t.Count > 0, Slow, what: "the call")).Single();
        await admin.PutAsJsonAsync($"/api/tasks/rules/{rule.GetProperty("id").GetGuid()}", new
        {
            name = "Перезвонить лиду", isActive = false,
            trigger = new { @event = "Crm.Lead.Created" },
            task = new { title = "Позвонить: {{ lead.name }} {{ lead.phone }}", assignTo = "owner", dueIn = 15, dueUnit = "minutes" },
        });

        task.AssigneeId.ShouldBe(salesId);
        task.Title.ShouldBe($"Позвонить: {name} +7 900 000-00-00");
        ShouldBeDueAt(task.DueAt, (await PublishedAsync<LeadCreatedEto>(host, lead)).ChangedAt.AddMinutes(15));
    }

    [Theory]
    [InlineData("{{ if deal.title }} без конца", "syntax", 1)]
    [InlineData("Замер:\n{{ deal.titel }}", "runtime", 2)]
    [InlineData("{{ invoice.number }}", "runtime", 1)]
    [InlineData("{{ date.now }}", "refused", 1)]
    public async Task Should_Refuse_A_Template_That_Does_Not_Render_With_Its_Place(string title, string kind, int line)
    {
        var admin = await host.AdminAsync();

        var response = await admin.PostAsJsonAsync("/api/tasks/rules", new
        {
            trigger = new { @event = StageChanged, stageId = Guid.NewGuid() },
            task = new { title, assignTo = "owner", dueIn = 1, dueUnit = "hours" },
        });

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity, await response.Content.ReadAsStringAsync());
        var problem = await Json(response);
        problem.GetProperty("code").GetString().ShouldBe("Tasks.Rule.Template");
        var error = problem.GetProperty("errors")[0];
        error.GetProperty("field").GetString().ShouldBe("title");
        error.GetProperty("kind").GetString().ShouldBe(kind);
        error.GetProperty("line").GetInt32().ShouldBe(line);
        error.GetProperty("column").GetInt32().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Should_Refuse_Rules_That_Cannot_Set_A_Task()
    {
        var admin = await host.AdminAsync();
        var (sales, _) = await host.UserAsync("sales");
        var stage = Guid.NewGuid();
        var valid = new { title = "x", assignTo = "owner", dueIn = 1, dueUnit = "hours" };

        (await admin.PostAsJsonAsync("/api/tasks/rules", new { trigger = new { @event = "Crm.Deal.Forgotten" }, task = valid }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.PostAsJsonAsync("/api/tasks/rules", new { trigger = new { @event = StageChanged }, task = valid }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.PostAsJsonAsync("/api/tasks/rules", new { trigger = new { @event = "Stock.Product.BelowMinimum" }, task = valid }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.PostAsJsonAsync("/api/tasks/rules", new { trigger = new { @event = StageChanged, stageId = stage },
            task = new { title = "x", assignTo = "owner", dueIn = 100_001, dueUnit = "hours" } })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.PostAsJsonAsync("/api/tasks/rules", new { trigger = new { @event = StageChanged, stageId = stage },
            task = new { title = "x", assignTo = "leastLoaded", dueIn = 1 } })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var unknownUser = await admin.PostAsJsonAsync("/api/tasks/rules", new { trigger = new { @event = StageChanged, stageId = stage },
            task = new { title = "x", assignTo = "user", userId = Guid.NewGuid(), dueIn = 1 } });
        unknownUser.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await Json(unknownUser)).GetProperty("code").GetString().ShouldBe("Tasks.Rule.UnknownUser");
        var unknownRole = await admin.PostAsJsonAsync("/api/tasks/rules", new { trigger = new { @event = StageChanged, stageId = stage },
            task = new { title = "x", assignTo = "leastLoaded", role = "astronaut", dueIn = 1 } });
        (await Json(unknownRole)).GetProperty("code").GetString().ShouldBe("Tasks.Rule.UnknownRole");
        (await sales.GetAsync("/api/tasks/rules")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await admin.GetAsync($"/api/tasks/rules/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    /// <summary>The due time to the millisecond: SQLite keeps instants in a binary form a little coarser than a tick.</summary>
    private static void ShouldBeDueAt(DateTimeOffset? due, DateTimeOffset expected, string? why = null) =>
        (due!.Value - expected).Duration().ShouldBeLessThan(TimeSpan.FromMilliseconds(1), why);

    private async Task<Framework.People.PersonCopy> PersonAsync(Guid id)
    {
        using var scope = host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<TasksDbContext>().People.AsNoTracking().SingleAsync(p => p.Id == id);
    }

    /// <summary>Open tasks for <paramref name="assignee"/>, set the one way tasks are added (the task routes are not the rules' part).</summary>
    private async Task OpenTasksAsync(Guid assignee, int count)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TasksDbContext>();
        for (var i = 0; i < count; i++)
            db.AddTask(new WorkTask($"Сверка {i + 1}", null, assignee, null, TaskPriority.Normal, null, null, [], null), null, host.Clock.GetUtcNow());
        await db.SaveChangesAsync();
    }
}

public sealed class RuleTestsOnSqlite(RulesSqliteHost host) : RuleTests(host), IClassFixture<RulesSqliteHost>;

public sealed class RuleTestsOnPostgreSql(RulesPostgreSqlHost host) : RuleTests(host), IClassFixture<RulesPostgreSqlHost>;
