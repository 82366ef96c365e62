using Suite.Tasks.Domain.Rules;
using Suite.Tasks.Domain.Tasks;

namespace Suite.Tasks.Application.Rules;

internal sealed record TaskRuleDto(Guid Id, string Name, bool IsActive, TaskRuleTriggerDto Trigger, TaskRuleTaskDto Task);

internal sealed record TaskRuleTriggerDto(string Event, Guid? PipelineId, Guid? StageId);

/// <summary>The task a rule sets; <see cref="DueInHours"/> repeats <see cref="DueIn"/> for API.md's readers when the unit is hours.</summary>
internal sealed record TaskRuleTaskDto(
    string Title, string? Description, TaskPriority Priority, RuleAssignment AssignTo, Guid? UserId, string? UserName, string? Role,
    int DueIn, DueUnit DueUnit, int? DueInHours);
