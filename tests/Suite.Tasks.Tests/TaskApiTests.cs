using System.Net;
using System.Net.Http.Json;
using Shouldly;
using Suite.TestBase;
using Xunit;
using static Suite.Tasks.Tests.TasksApi;
using static Suite.TestBase.ResponseJson;

namespace Suite.Tasks.Tests;

/// <summary>A task's life through the API: set, edited, started, done, reopened, postponed, reassigned, discussed, deleted.</summary>
public abstract class TaskApiTests(SuiteHost host)
{
    [Fact]
    public async Task Should_Set_A_Task_With_People_By_Name_And_Read_It_Back()
    {
        var (anna, annaId) = await host.UserAsync("sales");
        var (_, borisId) = await host.UserAsync("sales");
        var (_, vera) = await host.UserAsync("director");
        var due = new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);

        var task = await CreatedAsync(anna, new
        {
            title = "  Позвонить клиенту  ", description = "Уточнить размеры", priority = "high", assigneeId = borisId,
            coworkerIds = new[] { annaId }, observerIds = new[] { vera }, dueAt = due,
            checklist = new[] { new { text = "Замер", done = false }, new { text = "Смета", done = true } },
            recurrence = "FREQ=WEEKLY;BYDAY=MO,TH",
        });

        var read = await TaskAsync(anna, task.Id());
        read.Str("title").ShouldBe("Позвонить клиенту");
        read.Str("status").ShouldBe("open");
        read.Str("priority").ShouldBe("high");
        read.GetProperty("assigneeId").GetGuid().ShouldBe(borisId);
        read.Str("assigneeName").ShouldNotBeNullOrEmpty();
        read.GetProperty("createdBy").GetGuid().ShouldBe(annaId);
        read.Str("createdByName").ShouldNotBeNullOrEmpty();
        read.GetProperty("coworkers").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ShouldBe([annaId]);
        read.GetProperty("observers").EnumerateArray().Single().Str("name").ShouldNotBeNullOrEmpty();
        read.GetProperty("dueAt").GetDateTimeOffset().ShouldBe(due);
        read.GetProperty("originalDueAt").GetDateTimeOffset().ShouldBe(due);
        read.GetProperty("isOverdue").GetBoolean().ShouldBeFalse();
        read.GetProperty("checklist").EnumerateArray().Select(i => (i.Str("text"), i.GetProperty("done").GetBoolean()))
            .ShouldBe([("Замер", false), ("Смета", true)]);
        read.Str("recurrence").ShouldBe("FREQ=WEEKLY;BYDAY=MO,TH");
        read.GetProperty("entityType").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        read.Str("concurrencyStamp").ShouldNotBeNullOrEmpty();

        (await EventsAboutAsync(host, task.Id())).ShouldBe(["Tasks.Task.Created"]);
    }

    [Fact]
    public async Task Should_Refuse_Bad_Input_With_The_Field_That_Is_Wrong()
    {
        var (anna, _) = await host.UserAsync("sales");
        async Task Refused(object body, string field) =>
            await ShouldBeProblemAsync(await anna.PostAsJsonAsync("/api/tasks", body), HttpStatusCode.BadRequest, field);

        await Refused(new { title = " " }, "title");
        await Refused(new { title = new string('я', 501) }, "title");
        await Refused(new { title = "Задача", checklist = Enumerable.Range(0, 101).Select(i => new { text = $"Пункт {i}", done = false }) }, "checklist");
        await Refused(new { title = "Задача", recurrence = "every monday" }, "recurrence");
        await Refused(new { title = "Задача", recurrence = "FREQ=DAILY;" + new string('X', 200) }, "recurrence");
        await Refused(new { title = "Задача", priority = "urgent" }, "priority");
        await Refused(new { title = "Задача", entityType = "planet", entityId = Guid.NewGuid() }, "entityType");
        await Refused(new { title = "Задача", assigneeId = Guid.NewGuid() }, "assigneeId");
        await Refused(new { title = "Задача", coworkerIds = new[] { Guid.NewGuid() } }, "coworkerIds");
        // A deal Tasks has no copy of (yet): the card is unknown, not hidden.
        await Refused(new { title = "Задача", entityType = "deal", entityId = Guid.NewGuid() }, "entityId");
        await ShouldBeProblemAsync(await anna.GetAsync("/api/tasks?status=someday"), HttpStatusCode.BadRequest, "status");
        await ShouldBeProblemAsync(await anna.GetAsync("/api/tasks?sorting=colour"), HttpStatusCode.BadRequest, "sorting");
    }

    [Fact]
    public async Task Should_Edit_A_Task_And_Refuse_An_Edit_Of_An_Older_Version()
    {
        var (anna, annaId) = await host.UserAsync("sales");
        var (_, borisId) = await host.UserAsync("sales");
        var task = await CreatedAsync(anna, new { title = "Подготовить КП", coworkerIds = new[] { borisId } });
        var stamp = task.Str("concurrencyStamp");

        var edited = await anna.PutAsJsonAsync($"/api/tasks/{task.Id()}", new
        {
            title = "Подготовить КП и договор", priority = "low", observerIds = new[] { borisId }, concurrencyStamp = stamp,
            checklist = new[] { new { text = "КП", done = true } },
        });
        edited.StatusCode.ShouldBe(HttpStatusCode.OK, await edited.Content.ReadAsStringAsync());
        var json = await Json(edited);
        json.Str("title").ShouldBe("Подготовить КП и договор");
        json.Str("priority").ShouldBe("low");
        json.GetProperty("coworkers").GetArrayLength().ShouldBe(0);
        json.GetProperty("observers").EnumerateArray().Single().GetProperty("id").GetGuid().ShouldBe(borisId);
        json.GetProperty("assigneeId").GetGuid().ShouldBe(annaId);

        var stale = await anna.PutAsJsonAsync($"/api/tasks/{task.Id()}", new { title = "Старая версия", concurrencyStamp = stamp });
        await ShouldBeProblemAsync(stale, HttpStatusCode.Conflict);
        (await TaskAsync(anna, task.Id())).Str("title").ShouldBe("Подготовить КП и договор");
    }

    [Fact]
    public async Task Should_Complete_Once_Reopen_And_Complete_Again()
    {
        var (anna, annaId) = await host.UserAsync("sales");
        var task = await CreatedAsync(anna, new { title = "Отправить счёт", dueAt = DateTimeOffset.UtcNow.AddDays(1) });

        var started = await ActionAsync(anna, task.Id(), "start");
        started.Str("status").ShouldBe("inProgress");
        var done = await ActionAsync(anna, task.Id(), "complete", new { result = "Отправлен по почте" });
        done.Str("status").ShouldBe("done");
        done.Str("result").ShouldBe("Отправлен по почте");
        done.GetProperty("completedAt").ValueKind.ShouldNotBe(System.Text.Json.JsonValueKind.Null);

        await ShouldBeProblemAsync(await anna.PostAsJsonAsync($"/api/tasks/{task.Id()}/complete", new { result = "ещё раз" }),
            HttpStatusCode.Conflict, code: "Tasks.Task.AlreadyDone");
        await ShouldBeProblemAsync(await anna.PostAsync($"/api/tasks/{task.Id()}/postpone", JsonContent.Create(new { dueAt = DateTimeOffset.UtcNow })),
            HttpStatusCode.Conflict, code: "Tasks.Task.AlreadyDone");

        var reopened = await ActionAsync(anna, task.Id(), "reopen");
        reopened.Str("status").ShouldBe("open");
        reopened.GetProperty("result").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        await ShouldBeProblemAsync(await anna.PostAsync($"/api/tasks/{task.Id()}/reopen", null), HttpStatusCode.Conflict, code: "Tasks.Task.AlreadyOpen");
        (await ActionAsync(anna, task.Id(), "complete")).Str("status").ShouldBe("done");

        (await EventsAboutAsync(host, task.Id())).ShouldBe(["Tasks.Task.Created", "Tasks.Task.Completed", "Tasks.Task.Completed"]);
    }

    [Fact]
    public async Task Should_Keep_The_Original_Due_Time_When_A_Task_Is_Postponed_And_Cancel_It()
    {
        var (anna, _) = await host.UserAsync("sales");
        var first = new DateTimeOffset(2027, 5, 10, 7, 0, 0, TimeSpan.Zero);
        var task = await CreatedAsync(anna, new { title = "Замер", dueAt = first });

        var later = first.AddDays(3);
        var postponed = await ActionAsync(anna, task.Id(), "postpone", new { dueAt = later });
        postponed.GetProperty("dueAt").GetDateTimeOffset().ShouldBe(later);
        postponed.GetProperty("originalDueAt").GetDateTimeOffset().ShouldBe(first);
        await ShouldBeProblemAsync(await anna.PostAsJsonAsync($"/api/tasks/{task.Id()}/postpone", new { }), HttpStatusCode.BadRequest, "dueAt");

        (await ActionAsync(anna, task.Id(), "cancel")).Str("status").ShouldBe("cancelled");
        await ShouldBeProblemAsync(await anna.PostAsync($"/api/tasks/{task.Id()}/start", null), HttpStatusCode.Conflict, code: "Tasks.Task.Cancelled");
    }

    [Fact]
    public async Task Should_Reassign_A_Task_And_Show_Who_Did_It_In_The_History()
    {
        var (anna, annaId) = await host.UserAsync("sales");
        var (boris, borisId) = await host.UserAsync("sales");
        var task = await CreatedAsync(anna, new { title = "Доставка" });

        var reassigned = await ActionAsync(anna, task.Id(), "reassign", new { assigneeId = borisId });
        reassigned.GetProperty("assigneeId").GetGuid().ShouldBe(borisId);
        await ShouldBeProblemAsync(await anna.PostAsJsonAsync($"/api/tasks/{task.Id()}/reassign", new { assigneeId = Guid.NewGuid() }),
            HttpStatusCode.BadRequest, "assigneeId");

        var history = (await Json(await boris.GetAsync($"/api/tasks/{task.Id()}/history"))).GetProperty("items").EnumerateArray().ToList();
        history.Select(h => h.Str("kind")).ShouldBe(["updated", "created"]);
        var change = history[0];
        change.GetProperty("userId").GetGuid().ShouldBe(annaId);
        change.Str("userName").ShouldNotBeNullOrEmpty();
        var assignee = change.GetProperty("changes").EnumerateArray().Single(c => c.Str("field") == "assigneeId");
        // People by name, not by id.
        assignee.Str("oldValue").ShouldBe(task.Str("assigneeName"));
        assignee.Str("newValue").ShouldBe(reassigned.Str("assigneeName"));
        assignee.Str("newValue").ShouldNotBe(borisId.ToString());

        (await EventsAboutAsync(host, task.Id())).ShouldBe(["Tasks.Task.Created", "Tasks.Task.Reassigned"]);
    }

    [Fact]
    public async Task Should_Discuss_A_Task_With_Authors_By_Name()
    {
        var (anna, annaId) = await host.UserAsync("sales");
        var (boris, borisId) = await host.UserAsync("sales");
        var task = await CreatedAsync(anna, new { title = "Согласовать цвет", assigneeId = borisId });

        (await anna.PostAsJsonAsync($"/api/tasks/{task.Id()}/comments", new { text = "Белый или коричневый?" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await boris.PostAsJsonAsync($"/api/tasks/{task.Id()}/comments", new { text = "Белый" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        await ShouldBeProblemAsync(await boris.PostAsJsonAsync($"/api/tasks/{task.Id()}/comments", new { text = "" }), HttpStatusCode.BadRequest, "text");

        var comments = (await Json(await anna.GetAsync($"/api/tasks/{task.Id()}/comments"))).GetProperty("items").EnumerateArray().ToList();
        comments.Select(c => c.Str("text")).ShouldBe(["Белый или коричневый?", "Белый"]);
        comments.Select(c => c.GetProperty("authorId").GetGuid()).ShouldBe([annaId, borisId]);
        comments.ShouldAllBe(c => !string.IsNullOrEmpty(c.GetProperty("authorName").GetString()));
    }

    [Fact]
    public async Task Should_List_Tasks_By_Filters_And_Delete_Only_By_The_One_Who_Set_It()
    {
        var (anna, _) = await host.UserAsync("sales");
        var (boris, borisId) = await host.UserAsync("sales");
        var word = Unique("Пломба");
        var overdue = await CreatedAsync(anna, new { title = $"{word} просрочена", dueAt = DateTimeOffset.UtcNow.AddHours(-2) });
        var forBoris = await CreatedAsync(anna, new { title = $"{word} Бориса", assigneeId = borisId, dueAt = DateTimeOffset.UtcNow.AddDays(2) });
        await CreatedAsync(anna, new { title = Unique("Другое") });

        async Task<List<Guid>> Listed(string query) =>
            (await Json(await anna.GetAsync("/api/tasks?" + query))).GetProperty("items").EnumerateArray().Select(t => t.Id()).ToList();

        (await Listed($"filter={Uri.EscapeDataString(word.ToUpperInvariant())}")).ShouldBe([overdue.Id(), forBoris.Id()]);
        (await Listed($"filter={word}&assigneeId={borisId}")).ShouldBe([forBoris.Id()]);
        (await Listed($"filter={word}&overdue=true")).ShouldBe([overdue.Id()]);
        (await Listed($"filter={word}&status=open&sorting=title desc")).ShouldBe([overdue.Id(), forBoris.Id()]);
        (await Json(await anna.GetAsync($"/api/tasks/{overdue.Id()}"))).GetProperty("isOverdue").GetBoolean().ShouldBeTrue();

        await ShouldBeProblemAsync(await boris.DeleteAsync($"/api/tasks/{forBoris.Id()}"), HttpStatusCode.Forbidden);
        (await anna.DeleteAsync($"/api/tasks/{forBoris.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await anna.GetAsync($"/api/tasks/{forBoris.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_Offer_Active_People_In_The_Picker()
    {
        var name = Unique("picker");
        var (anna, _) = await host.UserAsync("sales", name);
        var people = (await Json(await anna.GetAsync($"/api/tasks/people?filter={name}"))).GetProperty("items").EnumerateArray().ToList();
        people.Count.ShouldBe(1);
        people[0].Str("name").ShouldBe(name);
        people[0].TryGetProperty("position", out _).ShouldBeTrue();
    }
}

public sealed class TaskApiTestsOnSqlite(SqliteHost host) : TaskApiTests(host), IClassFixture<SqliteHost>;

public sealed class TaskApiTestsOnPostgreSql(PostgreSqlHost host) : TaskApiTests(host), IClassFixture<PostgreSqlHost>;
