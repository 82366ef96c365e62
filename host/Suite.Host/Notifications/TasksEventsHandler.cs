using Microsoft.EntityFrameworkCore;
using Suite.Framework.Events;
using Suite.Framework.Time;
using Suite.Tasks.Events;

namespace Suite.Host.Notifications;

/// <summary>Who hears of what happens to tasks and deals in Tasks: the assignee, their supervisor, the one who set the task, the deal's owner.</summary>
internal sealed class TasksEventsHandler(NotificationsDbContext db, NotificationCenter center, Recipients recipients, BusinessClock clock)
    : IIntegrationEventHandler<TaskCreatedEto>,
        IIntegrationEventHandler<TaskReassignedEto>,
        IIntegrationEventHandler<TaskOverdueEto>,
        IIntegrationEventHandler<TaskCompletedEto>,
        IIntegrationEventHandler<DealWithoutNextStepEto>
{
    private const string TaskCard = "task";

    public async Task HandleAsync(TaskCreatedEto e, CancellationToken cancellationToken)
    {
        if (e.CreatedBy is { } setBy && !await db.TaskSetters.AnyAsync(s => s.TaskId == e.TaskId, cancellationToken))
            db.TaskSetters.Add(new TaskSetter(e.TaskId, setBy));
        if (e.CreatedBy == e.AssigneeId)
            return; // set for oneself: nothing to tell
        await center.RaiseAsync(e.AssigneeId, NotificationKinds.TaskAssigned, $"{e.TaskId}:created", $"Новая задача: {e.Title}",
            Due(e.DueAt), TaskCard, e.TaskId, cancellationToken);
    }

    public Task HandleAsync(TaskReassignedEto e, CancellationToken cancellationToken) =>
        e.ChangedBy == e.ToAssigneeId
            ? Task.CompletedTask // took it over themselves
            : center.RaiseAsync(e.ToAssigneeId, NotificationKinds.TaskAssigned, $"{e.TaskId}:reassigned:{e.At.UtcTicks}",
                $"Новая задача: {e.Title}", Due(e.DueAt), TaskCard, e.TaskId, cancellationToken);

    public async Task HandleAsync(TaskOverdueEto e, CancellationToken cancellationToken)
    {
        var key = $"{e.TaskId}:{e.DueAt.UtcTicks}"; // overdue once per due time: a postponed task may fall due again
        var title = $"Просрочена задача: {e.Title}";
        await center.RaiseAsync(e.AssigneeId, NotificationKinds.TaskOverdue, key, title, Due(e.DueAt), TaskCard, e.TaskId, cancellationToken);

        var supervisor = e.SupervisorId ?? await recipients.SupervisorOfAsync(e.AssigneeId, cancellationToken);
        if (supervisor is { } supervisorId && supervisorId != e.AssigneeId)
        {
            var assignee = await recipients.NameOfAsync(e.AssigneeId, cancellationToken);
            await center.RaiseAsync(supervisorId, NotificationKinds.TaskOverdue, key, title,
                $"Исполнитель: {assignee}. {Due(e.DueAt)}", TaskCard, e.TaskId, cancellationToken);
        }
    }

    public async Task HandleAsync(TaskCompletedEto e, CancellationToken cancellationToken)
    {
        var setter = await db.TaskSetters.AsNoTracking().Where(s => s.TaskId == e.TaskId).Select(s => (Guid?)s.SetBy)
            .FirstOrDefaultAsync(cancellationToken);
        if (setter is not { } setBy || setBy == e.CompletedBy)
            return; // set by a rule, before notifications were kept, or done by the one who set it
        await center.RaiseAsync(setBy, NotificationKinds.TaskCompleted, $"{e.TaskId}:{e.At.UtcTicks}", $"Задача выполнена: {e.Title}",
            e.Result, TaskCard, e.TaskId, cancellationToken);
    }

    public Task HandleAsync(DealWithoutNextStepEto e, CancellationToken cancellationToken) =>
        center.RaiseAsync(e.OwnerId, NotificationKinds.DealWithoutNextStep, $"{e.DealId}:{e.Day:yyyy-MM-dd}",
            $"Сделка без следующего шага: {e.Title}", "Поставьте задачу, чтобы сделка не остановилась.", "deal", e.DealId, cancellationToken);

    private string? Due(DateTimeOffset? dueAt) =>
        dueAt is { } at ? $"Срок: {TimeZoneInfo.ConvertTime(at, clock.TimeZone):dd.MM.yyyy HH:mm}" : null;
}
