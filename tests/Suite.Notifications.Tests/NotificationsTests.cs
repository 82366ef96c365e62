using System.Net;
using System.Net.Http.Json;
using Shouldly;
using Suite.TestBase;
using Xunit;
using static Suite.Notifications.Tests.Events;
using static Suite.Notifications.Tests.NotificationsApi;
using static Suite.TestBase.ResponseJson;

namespace Suite.Notifications.Tests;

/// <summary>What a user hears of, through the real bus and the real API: once per cause, only their own, by the channels they chose.</summary>
public abstract class NotificationsTests(NotificationHost host)
{
    [Fact]
    public async Task Should_Tell_The_Assignee_Once_Of_A_Task_Set_For_Them_Even_When_The_Event_Arrives_Three_Times()
    {
        var (anna, annaId, _) = await PersonAsync(host);
        var (_, bossId, _) = await PersonAsync(host, "director");
        var task = TaskSet(annaId, bossId, "Замер: окна на даче");

        for (var i = 0; i < 3; i++)
            await FromTasksAsync(host, task);
        await FromTasksAsync(host, TaskSet(annaId, annaId, "Себе: купить рулетку")); // set for herself: nothing to tell
        await FromTasksAsync(host, TaskSet(annaId, bossId, "Последняя"));
        await ArrivedAsync(anna, "taskAssigned", 2);

        var items = await NotificationsAsync(anna);
        items.Select(n => n.GetProperty("title").GetString()).ShouldBe(["Новая задача: Последняя", "Новая задача: Замер: окна на даче"]);
        var first = items[1];
        first.GetProperty("entityType").GetString().ShouldBe("task");
        first.GetProperty("entityId").GetGuid().ShouldBe(task.TaskId);
        first.GetProperty("readAt").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        (await UnreadCountAsync(anna)).ShouldBe(2);
    }

    [Fact]
    public async Task Should_Tell_The_Assignee_And_Their_Supervisor_Once_Of_An_Overdue_Task()
    {
        var (boss, bossId, _) = await PersonAsync(host, "director");
        var (anna, annaId, _) = await PersonAsync(host, supervisorId: bossId);
        var task = TaskSet(annaId, annaId, "Отправить КП");

        // Tasks may not know the supervisor: the notification part asks Identity.
        await FromTasksAsync(host, Overdue(task));
        await FromTasksAsync(host, Overdue(task));
        await FromTasksAsync(host, Overdue(task, bossId));

        var annas = await ArrivedAsync(anna, "taskOverdue");
        var boss1 = await ArrivedAsync(boss, "taskOverdue");
        await FromTasksAsync(host, TaskSet(annaId, bossId, "Последняя"));
        await ArrivedAsync(anna, "taskAssigned");

        (await NotificationsAsync(anna)).Count(n => n.GetProperty("kind").GetString() == "taskOverdue").ShouldBe(1);
        (await NotificationsAsync(boss)).Count.ShouldBe(1);
        annas.Single().GetProperty("title").GetString().ShouldBe("Просрочена задача: Отправить КП");
        boss1.Single().GetProperty("entityId").GetGuid().ShouldBe(task.TaskId);
        boss1.Single().GetProperty("body").GetString()!.ShouldStartWith("Исполнитель: Сотрудник");
    }

    [Fact]
    public async Task Should_Let_Nobody_Read_Or_Mark_Another_Users_Notifications()
    {
        var (anna, annaId, _) = await PersonAsync(host);
        var (boris, borisId, _) = await PersonAsync(host);
        await FromTasksAsync(host, TaskSet(annaId, borisId, "Позвонить в ООО Ромашка"));
        var annas = (await ArrivedAsync(anna, "taskAssigned")).Single().GetProperty("id").GetGuid();

        (await boris.PostAsync($"/api/notifications/{annas}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await NotificationsAsync(boris)).ShouldBeEmpty();
        (await UnreadCountAsync(boris)).ShouldBe(0);
        (await boris.PostAsync("/api/notifications/read-all", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await UnreadCountAsync(anna)).ShouldBe(1);
        (await host.Anonymous().GetAsync("/api/notifications")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var read = await anna.PostAsync($"/api/notifications/{annas}/read", null);
        read.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Json(read)).GetProperty("readAt").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.String);
        (await UnreadCountAsync(anna)).ShouldBe(0);
        (await NotificationsAsync(anna, unreadOnly: true)).ShouldBeEmpty();
        (await NotificationsAsync(anna)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Should_Mark_All_Read_At_Once()
    {
        var (anna, annaId, _) = await PersonAsync(host);
        var (_, bossId, _) = await PersonAsync(host, "director");
        foreach (var title in new[] { "Первая", "Вторая", "Третья" })
            await FromTasksAsync(host, TaskSet(annaId, bossId, title));
        await ArrivedAsync(anna, "taskAssigned", 3);
        (await UnreadCountAsync(anna)).ShouldBe(3);

        var response = await anna.PostAsync("/api/notifications/read-all", null);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Json(response)).GetProperty("count").GetInt32().ShouldBe(0);
        (await UnreadCountAsync(anna)).ShouldBe(0);
        (await NotificationsAsync(anna)).ShouldAllBe(n => n.GetProperty("readAt").ValueKind == System.Text.Json.JsonValueKind.String);
    }

    [Fact]
    public async Task Should_Use_The_Channels_Each_User_Chose_Per_Kind()
    {
        var (anna, annaId, annaName) = await PersonAsync(host);
        var (_, bossId, _) = await PersonAsync(host, "director");

        var defaults = (await Json(await anna.GetAsync("/api/notifications/preferences"))).GetProperty("items").EnumerateArray()
            .ToDictionary(i => i.GetProperty("kind").GetString()!, i => (InApp: i.GetProperty("inApp").GetBoolean(), Email: i.GetProperty("email").GetBoolean()));
        defaults.Keys.ShouldBe(["taskAssigned", "taskOverdue", "taskCompleted", "leadReceived", "mention", "dealWithoutNextStep"], ignoreOrder: true);
        defaults.Values.ShouldAllBe(c => c.InApp);
        defaults.Where(d => d.Value.Email).Select(d => d.Key).ShouldBe(["taskAssigned", "taskOverdue"], ignoreOrder: true);

        (await anna.PutAsJsonAsync("/api/notifications/preferences", new { items = new[] { new { kind = "birthday", inApp = true, email = true } } }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var saved = await anna.PutAsJsonAsync("/api/notifications/preferences", new
        {
            items = new[] { new { kind = "taskAssigned", inApp = false, email = true }, new { kind = "mention", inApp = true, email = true } },
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        var chosen = (await Json(await anna.GetAsync("/api/notifications/preferences"))).GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("kind").GetString() == "taskAssigned");
        chosen.GetProperty("inApp").GetBoolean().ShouldBeFalse();
        chosen.GetProperty("email").GetBoolean().ShouldBeTrue();

        await FromTasksAsync(host, TaskSet(annaId, bossId, "Только письмом"));
        await FromCrmAsync(host, Comment(bossId, "@анна посмотри замер", annaId));
        await ArrivedAsync(anna, "mention");
        var letters = await Eventually.Until(() => Task.FromResult(host.MailServer.Letters.Where(l => l.To.Mailboxes.Any(m => m.Address == $"{annaName}@test.local")).ToList()),
            l => l.Count >= 2, what: "two letters to Anna");

        (await NotificationsAsync(anna)).ShouldNotContain(n => n.GetProperty("kind").GetString() == "taskAssigned");
        letters.Select(l => l.Subject).ShouldContain("Новая задача: Только письмом");
        letters.Single(l => l.Subject == "Новая задача: Только письмом").TextBody!.ShouldContain("Срок: 04.12.2026 12:00");
    }

    [Fact]
    public async Task Should_Email_Only_The_Kinds_That_Ask_For_It()
    {
        var (anna, annaId, annaName) = await PersonAsync(host);
        var (_, bossId, _) = await PersonAsync(host, "director");

        await FromCrmAsync(host, Comment(bossId, "@анна глянь", annaId)); // a mention: in the app only, unless she asks
        await FromTasksAsync(host, TaskSet(annaId, bossId, "Подписать договор"));
        await ArrivedAsync(anna, "taskAssigned");
        await ArrivedAsync(anna, "mention"); // Crm's outbox is another queue: the task's arrival says nothing of the mention's
        var letter = await Eventually.Until(() => Task.FromResult(host.MailServer.Letters.FirstOrDefault(l => l.To.Mailboxes.Any(m => m.Address == $"{annaName}@test.local"))),
            l => l is not null, what: "a letter to Anna");

        letter!.Subject.ShouldBe("Новая задача: Подписать договор");
        letter.From.Mailboxes.Single().Address.ShouldBe(NotificationHost.Sender);
        host.MailServer.Letters.Count(l => l.To.Mailboxes.Any(m => m.Address == $"{annaName}@test.local")).ShouldBe(1);
        (await NotificationsAsync(anna)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Should_Tell_Mentioned_People_Web_Form_Lead_Owners_And_Whoever_Set_A_Task_That_Is_Done()
    {
        var (anna, annaId, _) = await PersonAsync(host);
        var (boris, borisId, _) = await PersonAsync(host);
        var (boss, bossId, _) = await PersonAsync(host, "director");

        await FromCrmAsync(host, Comment(bossId, "@анна @борис и я сам", annaId, borisId, bossId));
        await FromCrmAsync(host, Lead(annaId, "Заявка с сайта", Guid.CreateVersion7()));
        await FromCrmAsync(host, Lead(annaId, "Введён вручную", null));
        var task = TaskSet(annaId, bossId, "Смета");
        await FromTasksAsync(host, task);
        await FromTasksAsync(host, Done(task, annaId));
        var selfDone = TaskSet(borisId, bossId, "Сам и закрыл");
        await FromTasksAsync(host, selfDone);
        await FromTasksAsync(host, Done(selfDone, bossId)); // the one who set it closed it: nothing to tell

        (await ArrivedAsync(boris, "mention")).Single().GetProperty("title").GetString()!.ShouldContain("упоминает вас: Окна для дачи");
        await ArrivedAsync(anna, "mention");
        var lead = (await ArrivedAsync(anna, "leadReceived")).Single();
        lead.GetProperty("title").GetString().ShouldBe("Новый лид с сайта: Заявка с сайта");
        lead.GetProperty("entityType").GetString().ShouldBe("lead");
        var done = (await ArrivedAsync(boss, "taskCompleted")).Single();
        done.GetProperty("entityId").GetGuid().ShouldBe(task.TaskId);
        await FromTasksAsync(host, TaskSet(bossId, annaId, "Последняя"));
        await ArrivedAsync(boss, "taskAssigned");

        (await NotificationsAsync(boss)).Select(n => n.GetProperty("kind").GetString()).ShouldBe(["taskAssigned", "taskCompleted"]);
        (await NotificationsAsync(anna)).Count(n => n.GetProperty("kind").GetString() == "leadReceived").ShouldBe(1);
    }

    [Fact]
    public async Task Should_Push_A_New_Notification_With_The_Unread_Count_To_The_Users_Open_Browser()
    {
        var (anna, annaId, _) = await PersonAsync(host);
        var (_, bossId, _) = await PersonAsync(host, "director");
        await using var browser = await HubClient.ConnectAsync(host, anna);

        await FromTasksAsync(host, TaskSet(annaId, bossId, "Живое уведомление"));

        var pushed = await browser.PushedAsync("Новая задача: Живое уведомление");
        pushed.GetProperty("unreadCount").GetInt32().ShouldBe(1);
        pushed.GetProperty("item").GetProperty("kind").GetString().ShouldBe("taskAssigned");
    }
}

public sealed class NotificationsTestsOnSqlite(NotificationHostOnSqlite host) : NotificationsTests(host), IClassFixture<NotificationHostOnSqlite>;

public sealed class NotificationsTestsOverRabbitMq(NotificationHostOverRabbitMq host) : NotificationsTests(host), IClassFixture<NotificationHostOverRabbitMq>;
