namespace Suite.Tasks.Application.Tasks;

/// <summary>
/// The body of creating or editing a task. The card (entityType, entityId) is given when the task is created and stays;
/// no assignee means the user sets the task for themselves.
/// </summary>
internal sealed record TaskInput
{
    public string? Title { get; init; }
    public string? Description { get; init; }

    /// <summary>low, normal (the default) or high.</summary>
    public string? Priority { get; init; }

    public Guid? AssigneeId { get; init; }
    public List<Guid>? CoworkerIds { get; init; }
    public List<Guid>? ObserverIds { get; init; }
    public DateTimeOffset? DueAt { get; init; }
    public string? EntityType { get; init; }
    public Guid? EntityId { get; init; }
    public Guid? ProjectId { get; init; }
    public List<ChecklistItemInput>? Checklist { get; init; }
    public string? Recurrence { get; init; }

    /// <summary>On edit, the stamp of the version the user edited; a stale one is refused with 409.</summary>
    public string? ConcurrencyStamp { get; init; }
}

internal sealed record ChecklistItemInput(string? Text, bool Done);

internal sealed record CompleteTaskInput(string? Result);

internal sealed record PostponeTaskInput(DateTimeOffset? DueAt);

internal sealed record ReassignTaskInput(Guid? AssigneeId);

internal sealed record TaskCommentInput(string? Text);
