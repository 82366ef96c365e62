using Suite.Tasks.Domain.Rules;
using Suite.Tasks.Domain.Tasks;

namespace Suite.Tasks.Application.Rules;

/// <summary>
/// A rule as the editor sends it. API.md's first form still works: <c>trigger: { event, stageId }</c> and
/// <c>task: { title, assignTo: "dealOwner" | a user's id, dueInHours }</c>.
/// </summary>
internal sealed record TaskRuleInput
{
    /// <summary>Optional: the title template names a rule that has none.</summary>
    public string? Name { get; init; }

    public bool? IsActive { get; init; }
    public TaskRuleTriggerInput? Trigger { get; init; }
    public TaskRuleTaskInput? Task { get; init; }
}

internal sealed record TaskRuleTriggerInput
{
    public string? Event { get; init; }
    public Guid? PipelineId { get; init; }
    public Guid? StageId { get; init; }
}

internal sealed record TaskRuleTaskInput
{
    public string? Title { get; init; }
    public string? Description { get; init; }
    public TaskPriority? Priority { get; init; }

    /// <summary>"owner" (or "dealOwner"), "user", "leastLoaded", or a user's id (meaning "user").</summary>
    public string? AssignTo { get; init; }

    public Guid? UserId { get; init; }
    public string? Role { get; init; }
    public int? DueIn { get; init; }
    public DueUnit? DueUnit { get; init; }

    /// <summary>API.md's form: the same as dueIn with dueUnit "hours".</summary>
    public int? DueInHours { get; init; }

    /// <summary>The assignment <see cref="AssignTo"/> names, or null when it names none.</summary>
    public RuleAssignment? Assignment => AssignTo?.Trim() switch
    {
        "owner" or "dealOwner" => RuleAssignment.Owner,
        "user" => RuleAssignment.User,
        "leastLoaded" => RuleAssignment.LeastLoaded,
        { } text when Guid.TryParse(text, out _) => RuleAssignment.User,
        _ => null,
    };

    /// <summary>The user: <see cref="UserId"/>, or the id given as <see cref="AssignTo"/>.</summary>
    public Guid? User => UserId ?? (Guid.TryParse(AssignTo, out var id) ? id : null);

    public int? Due => DueIn ?? DueInHours;

    /// <summary>Hours unless said otherwise (dueInHours is hours by its name).</summary>
    public DueUnit Unit => DueIn is not null ? DueUnit ?? Domain.Rules.DueUnit.Hours : Domain.Rules.DueUnit.Hours;
}
