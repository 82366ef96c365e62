using Microsoft.EntityFrameworkCore;
using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Framework.Paging;
using Suite.Framework.People;
using Suite.Framework.Time;
using Suite.Framework.Users;
using Suite.Tasks.Application.Projects;
using Suite.Tasks.Application.Recurrence;
using Suite.Tasks.Data;
using Suite.Tasks.Domain.Recurrence;
using Suite.Tasks.Domain.Cards;
using Suite.Tasks.Domain.Tasks;
using Suite.Tasks.Events;

namespace Suite.Tasks.Application.Tasks;

/// <summary>
/// Tasks through the API: every read and change starts from <see cref="TaskVisibility"/>, so a task the user may not
/// see is "not found"; whoever sees a task may change it, only the one who set it (or ViewAll) may delete it.
/// </summary>
internal sealed class TaskService(TasksDbContext db, ICurrentUser user, BusinessClock clock, TaskViews views, RecurringTasks recurring)
{
    public const string TaskName = "Task";

    internal static readonly SortMap<WorkTask> Sorting = new SortMap<WorkTask>("dueAt, createdAt")
        .Add("dueAt", t => t.DueAt)
        .Add("title", t => t.Title)
        .Add("status", t => t.Status)
        .Add("createdAt", t => t.CreatedAt)
        .Add("completedAt", t => t.CompletedAt);

    private IQueryable<WorkTask> Visible => db.Tasks.VisibleTo(user, db);

    private DateTimeOffset Now => clock.UtcNow;

    public async Task<PagedResult<TaskDto>> ListAsync(TaskListRequest request, CancellationToken cancellationToken)
    {
        var page = await Filtered(request).ToPageAsync(request, Sorting, t => t, cancellationToken);
        return new PagedResult<TaskDto>(page.TotalCount, await views.ViewAsync(page.Items, cancellationToken));
    }

    private IQueryable<WorkTask> Filtered(TaskListRequest request)
    {
        var query = Visible.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Filter))
        {
            var term = request.Filter.Trim().ToLowerInvariant();
            query = query.Where(t => t.SearchText.Contains(term));
        }

        if (request.AssigneeId is { } assigneeId)
            query = query.Where(t => t.AssigneeId == assigneeId);
        if (request.Status is not null)
        {
            var status = Enum.GetValues<WorkTaskStatus>().Where(s => TaskDto.StatusName(s) == request.Status).Cast<WorkTaskStatus?>().FirstOrDefault()
                         ?? throw InputValidationException.For("status", Text.Pick(
                             "Статус: open, inProgress, done или cancelled.", "Status is open, inProgress, done or cancelled."));
            query = query.Where(t => t.Status == status);
        }

        if (request.EntityType is not null)
        {
            if (!CardReference.Types.Contains(request.EntityType))
                throw InputValidationException.For("entityType", Text.Pick(
                    $"Карточка: {string.Join(", ", CardReference.Types)}.", $"The card is one of {string.Join(", ", CardReference.Types)}."));
            query = query.Where(t => t.EntityType == request.EntityType);
        }

        if (request.EntityId is { } entityId)
            query = query.Where(t => t.EntityId == entityId);
        if (request.ProjectId is { } projectId)
            query = query.Where(t => t.ProjectId == projectId);
        if (request.Overdue == true)
        {
            var now = Now;
            query = query.Where(t => (t.Status == WorkTaskStatus.Open || t.Status == WorkTaskStatus.InProgress) && t.DueAt < now);
        }

        var period = clock.Period(request.DueFrom, request.DueTo);
        if (period.From is { } from)
            query = query.Where(t => t.DueAt >= from);
        if (period.Before is { } before)
            query = query.Where(t => t.DueAt < before);
        return query;
    }

    public async Task<TaskDto> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await views.ViewAsync(await FindAsync(id, cancellationToken, tracked: false), cancellationToken);

    public async Task<TaskDto> CreateAsync(TaskInput input, CancellationToken cancellationToken)
    {
        var assigneeId = await AssigneeAsync(input.AssigneeId ?? user.Id ?? Guid.Empty, "assigneeId", cancellationToken);
        var card = await CardAsync(input, cancellationToken);
        if (input.ProjectId is { } projectId)
            await ProjectAccess.EnsureCanUseAsync(db, user, projectId, cancellationToken);
        var dueAt = Utc(input.DueAt);
        var task = new WorkTask(input.Title!.Trim(), Clean(input.Description), assigneeId, dueAt, Priority(input.Priority), card,
            input.ProjectId, Checklist(input), Anchored(input.Recurrence, dueAt));
        var participants = await ParticipantsAsync(task.Id, input, cancellationToken);
        db.AddTask(task, user.Id, Now, participants);
        await db.SaveChangesAsync(cancellationToken);
        return await views.ViewAsync(task, cancellationToken);
    }

    /// <summary>Edits the task's fields and people; a new assignee is a reassignment (audited, with its event). The card stays.</summary>
    public async Task<TaskDto> UpdateAsync(Guid id, TaskInput input, CancellationToken cancellationToken)
    {
        var task = await FindAsync(id, cancellationToken);
        db.ExpectConcurrencyStamp(task, input.ConcurrencyStamp);
        if (input.ProjectId is { } projectId && projectId != task.ProjectId)
            await ProjectAccess.EnsureCanUseAsync(db, user, projectId, cancellationToken);
        var dueAt = Utc(input.DueAt);
        var recurrence = Clean(input.Recurrence) == task.Recurrence ? task.Recurrence : Anchored(input.Recurrence, dueAt);
        task.Edit(input.Title!.Trim(), Clean(input.Description), Priority(input.Priority), dueAt, input.ProjectId, Checklist(input), recurrence);
        if (input.AssigneeId is { } assigneeId && assigneeId != task.AssigneeId)
            await ReassignAsync(task, assigneeId, cancellationToken);
        var wanted = await ParticipantsAsync(task.Id, input, cancellationToken);
        var current = await db.Participants.Where(p => p.TaskId == task.Id).ToListAsync(cancellationToken);
        db.Participants.RemoveRange(current.Where(c => !wanted.Any(w => w.UserId == c.UserId && w.Role == c.Role)));
        db.Participants.AddRange(wanted.Where(w => !current.Any(c => c.UserId == w.UserId && c.Role == w.Role)));
        await db.SaveChangesAsync(cancellationToken);
        return await views.ViewAsync(task, cancellationToken);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var task = await FindAsync(id, cancellationToken);
        if (!user.MayDelete(task))
            throw new AccessDeniedException(Text.Pick(
                "Удалить задачу может только тот, кто её поставил; отмените её вместо этого.",
                "Only the one who set the task may delete it; cancel it instead."));
        db.Participants.RemoveRange(await db.Participants.Where(p => p.TaskId == id).ToListAsync(cancellationToken));
        db.Comments.RemoveRange(await db.Comments.Where(c => c.TaskId == id).ToListAsync(cancellationToken));
        db.Tasks.Remove(task);
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task<TaskDto> StartAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, task => task.Start(Now), cancellationToken);

    /// <summary>Done; a recurring task's next occurrence follows at once (if its time has not made it already).</summary>
    public async Task<TaskDto> CompleteAsync(Guid id, CompleteTaskInput input, CancellationToken cancellationToken)
    {
        var done = await ChangeAsync(id, task =>
        {
            task.Complete(input.Result, user.Id, Now);
            db.Publish(new TaskCompletedEto(task.Id, task.Title, task.EntityType, task.EntityId, task.AssigneeId, user.Id, task.Result,
                task.DueAt, task.DoneOnTime, Now));
        }, cancellationToken);
        await recurring.ScheduleNextAsync(await FindAsync(id, cancellationToken, tracked: false), cancellationToken);
        return done;
    }

    /// <summary>
    /// The rule as stored: anchored to the first due time (weekday, day of month), so "monthly" from 31 January stays
    /// on month ends instead of drifting to the 28th after February.
    /// </summary>
    private string? Anchored(string? text, DateTimeOffset? dueAt) =>
        Clean(text) is { } rule && dueAt is { } due ? RecurrenceRule.Parse(rule).AnchoredTo(due, clock.TimeZone).ToString() : null;

    public Task<TaskDto> ReopenAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, task => task.Reopen(), cancellationToken);

    public Task<TaskDto> CancelAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, task => task.Cancel(), cancellationToken);

    public Task<TaskDto> PostponeAsync(Guid id, PostponeTaskInput input, CancellationToken cancellationToken) =>
        ChangeAsync(id, task => task.Postpone(Utc(input.DueAt)!.Value), cancellationToken);

    public async Task<TaskDto> ReassignAsync(Guid id, ReassignTaskInput input, CancellationToken cancellationToken)
    {
        var task = await FindAsync(id, cancellationToken);
        await ReassignAsync(task, input.AssigneeId!.Value, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await views.ViewAsync(task, cancellationToken);
    }

    /// <summary>The visible task with this id, else 404 (someone else's task and a missing one look the same).</summary>
    public async Task<WorkTask> FindAsync(Guid id, CancellationToken cancellationToken, bool tracked = true)
    {
        var query = tracked ? Visible : Visible.AsNoTracking();
        return await query.SingleOrDefaultAsync(t => t.Id == id, cancellationToken) ?? throw new EntityNotFoundException(TaskName, id);
    }

    private async Task<TaskDto> ChangeAsync(Guid id, Action<WorkTask> change, CancellationToken cancellationToken)
    {
        var task = await FindAsync(id, cancellationToken);
        change(task);
        await db.SaveChangesAsync(cancellationToken);
        return await views.ViewAsync(task, cancellationToken);
    }

    private async Task ReassignAsync(WorkTask task, Guid assigneeId, CancellationToken cancellationToken)
    {
        await AssigneeAsync(assigneeId, "assigneeId", cancellationToken);
        if (task.Reassign(assigneeId) is { } previous)
            db.Publish(new TaskReassignedEto(task.Id, task.Title, task.EntityType, task.EntityId, previous, assigneeId, user.Id, task.DueAt, Now));
    }

    /// <summary>Tasks go only to people who may be given them: active users Tasks knows.</summary>
    private async Task<Guid> AssigneeAsync(Guid userId, string field, CancellationToken cancellationToken)
    {
        if (!await db.People.IsActiveAsync(userId, cancellationToken))
            throw InputValidationException.For(field, Text.Pick("Такого активного сотрудника нет.", "There is no such active employee."));
        return userId;
    }

    private async Task<List<TaskParticipant>> ParticipantsAsync(Guid taskId, TaskInput input, CancellationToken cancellationToken)
    {
        var participants = new List<TaskParticipant>();
        foreach (var (ids, role, field) in new[]
                 {
                     (input.CoworkerIds, ParticipantRole.Coworker, "coworkerIds"), (input.ObserverIds, ParticipantRole.Observer, "observerIds"),
                 })
        {
            foreach (var userId in (ids ?? []).Distinct())
                participants.Add(new TaskParticipant(taskId, await AssigneeAsync(userId, field, cancellationToken), role));
        }

        return participants;
    }

    /// <summary>
    /// The card must be one Tasks has a copy of (400 on entityId while it has not arrived yet) and one the user sees
    /// (their own, one without an owner, or any with ViewAll); someone else's card is "not found".
    /// </summary>
    private async Task<CardReference?> CardAsync(TaskInput input, CancellationToken cancellationToken)
    {
        if (input.EntityType is null || input.EntityId is not { } entityId)
            return null;
        var card = await db.Cards.AsNoTracking()
            .SingleOrDefaultAsync(c => c.Id == entityId && c.EntityType == input.EntityType && !c.IsDeleted, cancellationToken)
            ?? throw InputValidationException.For("entityId", Text.Pick("Такой карточки нет.", "There is no such card."));
        if (card.OwnerId != Guid.Empty && !user.Sees<Card>(card.OwnerId))
            throw new EntityNotFoundException(input.EntityType, entityId);
        return new CardReference(card.EntityType, card.Id);
    }

    private static TaskPriority Priority(string? priority) => priority switch
    {
        "low" => TaskPriority.Low,
        "high" => TaskPriority.High,
        _ => TaskPriority.Normal,
    };

    private static List<ChecklistItem> Checklist(TaskInput input) =>
        (input.Checklist ?? []).Select(i => new ChecklistItem(i.Text!.Trim(), i.Done)).ToList();

    /// <summary>Times are kept in UTC (PostgreSQL's timestamptz takes no other offset); a client may send any.</summary>
    private static DateTimeOffset? Utc(DateTimeOffset? value) => value?.ToUniversalTime();

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
