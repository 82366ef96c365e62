using Suite.Framework.Domain;
using Suite.Framework.Localization;

namespace Suite.Tasks.Domain.Tasks;

/// <summary>
/// A piece of work for one assignee, by a due time, maybe on a card. The due time can move (postpone, edit, drag on the
/// calendar) but <see cref="OriginalDueAt"/> keeps the first one, so the reports still know a task was done late.
/// </summary>
public sealed class WorkTask : AuditedEntity
{
    public const int TitleMaxLength = 500;
    public const int DescriptionMaxLength = 10_000;
    public const int ResultMaxLength = 4_000;
    public const int ChecklistMaxItems = 100;

    private WorkTask()
    {
        Title = null!;
        SearchText = null!;
        Checklist = [];
    }

    public WorkTask(string title, string? description, Guid assigneeId, DateTimeOffset? dueAt, TaskPriority priority,
        CardReference? card, Guid? projectId, IReadOnlyList<ChecklistItem> checklist, string? recurrence) : this()
    {
        Title = title;
        SearchText = title.ToLowerInvariant();
        Description = description;
        AssigneeId = assigneeId;
        // Kept in UTC whoever computes it (a calendar in the company's zone, a client's offset): PostgreSQL takes no other.
        DueAt = dueAt?.ToUniversalTime();
        OriginalDueAt = DueAt;
        Priority = priority;
        EntityType = card?.EntityType;
        EntityId = card?.EntityId;
        ProjectId = projectId;
        Checklist = checklist.ToList();
        Recurrence = recurrence;
        Status = WorkTaskStatus.Open;
    }

    public string Title { get; private set; }

    /// <summary>The title in lower case, for the list's search (SQLite's lower() knows only ASCII).</summary>
    public string SearchText { get; private set; }
    public string? Description { get; private set; }
    public WorkTaskStatus Status { get; private set; }
    public TaskPriority Priority { get; private set; }
    public Guid AssigneeId { get; private set; }
    public DateTimeOffset? DueAt { get; private set; }

    /// <summary>The due time the task was first given; a postponed task is judged against it in the reports.</summary>
    public DateTimeOffset? OriginalDueAt { get; private set; }

    /// <summary>Whether <c>Tasks.Task.Overdue</c> went out for the current due time; moving the due time clears it.</summary>
    public bool OverduePublished { get; private set; }

    public string? EntityType { get; private set; }
    public Guid? EntityId { get; private set; }
    public Guid? ProjectId { get; private set; }
    public List<ChecklistItem> Checklist { get; private set; }

    /// <summary>The RRULE subset string of a recurring task (Domain/Recurrence), else null.</summary>
    public string? Recurrence { get; private set; }

    /// <summary>The first task of a recurring series; each occurrence carries it so the next one is made once.</summary>
    public Guid? SeriesId { get; private set; }

    /// <summary>A recurring task whose next occurrence is made, or whose series ended: the recurrence watch skips it.</summary>
    public bool SeriesContinued { get; private set; }

    public string? Result { get; private set; }
    public DateTimeOffset? StartedAt { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public Guid? CompletedBy { get; private set; }

    /// <summary>The automation rule that set the task, if one did.</summary>
    public Guid? RuleId { get; private set; }

    /// <summary>What made the task ("rule:{rule}:{event}", "series:{series}:{due}"); unique, so a replay makes nothing.</summary>
    public string? SourceKey { get; private set; }

    public CardReference? Card => EntityType is null || EntityId is null ? null : new CardReference(EntityType, EntityId.Value);

    public bool IsOpen => Status is WorkTaskStatus.Open or WorkTaskStatus.InProgress;

    public bool IsOverdueAt(DateTimeOffset now) => IsOpen && DueAt is { } due && due <= now;

    /// <summary>Done by the due time it had when it was done (a task without one is always on time).</summary>
    public bool DoneOnTime => Status == WorkTaskStatus.Done && (DueAt is null || CompletedAt <= DueAt);

    public void MadeBy(Guid? ruleId, string? sourceKey)
    {
        RuleId = ruleId;
        SourceKey = sourceKey;
    }

    public void PartOfSeries(Guid seriesId, string sourceKey)
    {
        SeriesId = seriesId;
        SourceKey = sourceKey;
    }

    public void Edit(string title, string? description, TaskPriority priority, DateTimeOffset? dueAt, Guid? projectId,
        IReadOnlyList<ChecklistItem> checklist, string? recurrence)
    {
        Title = title;
        SearchText = title.ToLowerInvariant();
        Description = description;
        Priority = priority;
        ProjectId = projectId;
        Checklist = checklist.ToList();
        Recurrence = recurrence;
        if (dueAt?.ToUniversalTime() != DueAt)
            MoveDue(dueAt);
    }

    public void Start(DateTimeOffset now)
    {
        EnsureOpen();
        if (Status == WorkTaskStatus.Open)
        {
            Status = WorkTaskStatus.InProgress;
            StartedAt = now;
        }
    }

    public void Complete(string? result, Guid? by, DateTimeOffset now)
    {
        EnsureOpen();
        Status = WorkTaskStatus.Done;
        Result = string.IsNullOrWhiteSpace(result) ? null : result.Trim();
        CompletedAt = now;
        CompletedBy = by;
    }

    public void Reopen()
    {
        if (IsOpen)
            throw new BusinessRuleException("Tasks.Task.AlreadyOpen", Text.Pick("Задача и так открыта.", "The task is already open."));
        Status = WorkTaskStatus.Open;
        Result = null;
        CompletedAt = null;
        CompletedBy = null;
        StartedAt = null;
    }

    public void Cancel()
    {
        EnsureOpen();
        Status = WorkTaskStatus.Cancelled;
    }

    public void Postpone(DateTimeOffset dueAt)
    {
        EnsureOpen();
        MoveDue(dueAt);
    }

    /// <summary>Gives the task to <paramref name="assigneeId"/>; returns the previous assignee, or null when nothing changed.</summary>
    public Guid? Reassign(Guid assigneeId)
    {
        EnsureOpen();
        if (assigneeId == AssigneeId)
            return null;
        var previous = AssigneeId;
        AssigneeId = assigneeId;
        return previous;
    }

    /// <summary>The card was merged into another (a duplicate company): the task follows it.</summary>
    public void MoveToCard(CardReference card)
    {
        EntityType = card.EntityType;
        EntityId = card.EntityId;
    }

    public void MarkOverduePublished() => OverduePublished = true;

    private void MoveDue(DateTimeOffset? dueAt)
    {
        DueAt = dueAt?.ToUniversalTime();
        OriginalDueAt ??= DueAt;
        OverduePublished = false;
    }

    private void EnsureOpen()
    {
        if (Status == WorkTaskStatus.Done)
            throw new BusinessRuleException("Tasks.Task.AlreadyDone", Text.Pick("Задача уже выполнена; сначала откройте её снова.", "The task is already done; reopen it first."));
        if (Status == WorkTaskStatus.Cancelled)
            throw new BusinessRuleException("Tasks.Task.Cancelled", Text.Pick("Задача отменена; сначала откройте её снова.", "The task is cancelled; reopen it first."));
    }
}
