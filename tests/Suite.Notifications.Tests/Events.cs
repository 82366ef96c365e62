using Suite.Crm.Events;
using Suite.Tasks.Events;
using Suite.TestBase;

namespace Suite.Notifications.Tests;

/// <summary>The events other modules publish, put into their own outboxes so the real bus delivers them.</summary>
public static class Events
{
    public static readonly DateTimeOffset Due = new(2026, 12, 4, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset At = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    public static TaskCreatedEto TaskSet(Guid assigneeId, Guid? setBy, string title) =>
        new(Guid.CreateVersion7(), title, "normal", "deal", Guid.CreateVersion7(), assigneeId, setBy, Due, null, null, At);

    public static TaskOverdueEto Overdue(TaskCreatedEto task, Guid? supervisorId = null) =>
        new(task.TaskId, task.Title, task.EntityType, task.EntityId, task.AssigneeId, supervisorId, Due, Due.AddMinutes(1));

    public static TaskCompletedEto Done(TaskCreatedEto task, Guid? by) =>
        new(task.TaskId, task.Title, task.EntityType, task.EntityId, task.AssigneeId, by, "Сделано", Due, true, At.AddHours(2));

    public static LeadCreatedEto Lead(Guid ownerId, string title, Guid? webFormId) =>
        new(Guid.CreateVersion7(), title, "Иван Петров", "+79990001122", null, "ООО Ромашка", null, webFormId, ownerId, null, At);

    public static TimelineCommentAddedEto Comment(Guid? authorId, string text, params Guid[] mentioned) =>
        new(Guid.CreateVersion7(), "deal", Guid.CreateVersion7(), "Окна для дачи", text, authorId, mentioned, At);

    public static Task FromTasksAsync<TEvent>(SuiteHost host, TEvent e) where TEvent : class => ModuleOutbox.PublishAsync(host, "tasks", e);

    public static Task FromCrmAsync<TEvent>(SuiteHost host, TEvent e) where TEvent : class => ModuleOutbox.PublishAsync(host, "crm", e);
}
