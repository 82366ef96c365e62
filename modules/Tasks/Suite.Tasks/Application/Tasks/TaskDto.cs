using Suite.Tasks.Domain.Tasks;

namespace Suite.Tasks.Application.Tasks;

/// <summary>A task as the API shows it: people by name, the card by its title.</summary>
internal sealed record TaskDto(
    Guid Id,
    string Title,
    string? Description,
    string Status,
    string Priority,
    Guid AssigneeId,
    string? AssigneeName,
    Guid? CreatedBy,
    string? CreatedByName,
    IReadOnlyList<PersonDto> Coworkers,
    IReadOnlyList<PersonDto> Observers,
    DateTimeOffset? DueAt,
    DateTimeOffset? OriginalDueAt,
    bool IsOverdue,
    string? EntityType,
    Guid? EntityId,
    string? EntityTitle,
    Guid? ProjectId,
    string? ProjectName,
    IReadOnlyList<ChecklistItem> Checklist,
    string? Recurrence,
    string? Result,
    DateTimeOffset? CompletedAt,
    DateTimeOffset CreatedAt,
    Guid? RuleId,
    string ConcurrencyStamp)
{
    public static string StatusName(WorkTaskStatus status) => status switch
    {
        WorkTaskStatus.Open => "open",
        WorkTaskStatus.InProgress => "inProgress",
        WorkTaskStatus.Done => "done",
        _ => "cancelled",
    };

    public static string PriorityName(TaskPriority priority) => priority.ToString().ToLowerInvariant();
}

/// <summary>A person by id and name.</summary>
internal sealed record PersonDto(Guid Id, string? Name);
