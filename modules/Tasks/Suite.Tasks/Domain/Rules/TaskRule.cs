using Suite.Framework.Domain;
using Suite.Tasks.Domain.Tasks;

namespace Suite.Tasks.Domain.Rules;

/// <summary>
/// "When this happens, set that task": a trigger event (for a stage change, the pipeline and stage entered) and the
/// task it sets — title and description as templates over the event, priority, assignee, due time.
/// </summary>
public sealed class TaskRule : AuditedEntity
{
    public const int NameMaxLength = 200;
    public const int MaxDueIn = 100_000;

    public TaskRule()
    {
        Name = "";
        TriggerEvent = "";
        TitleTemplate = "";
    }

    public string Name { get; private set; }
    public bool IsActive { get; private set; }

    /// <summary>One of <see cref="RuleTriggers.All"/>.</summary>
    public string TriggerEvent { get; private set; }

    /// <summary>The pipeline of the stage a stage-change rule waits for; null: the stage alone decides (stage ids are unique).</summary>
    public Guid? PipelineId { get; private set; }

    /// <summary>The stage a stage-change rule waits for.</summary>
    public Guid? StageId { get; private set; }

    public string TitleTemplate { get; private set; }
    public string? DescriptionTemplate { get; private set; }
    public TaskPriority Priority { get; private set; }
    public RuleAssignment AssignTo { get; private set; }
    public Guid? UserId { get; private set; }
    public string? Role { get; private set; }
    public int DueIn { get; private set; }
    public DueUnit DueUnit { get; private set; }

    public void Define(string name, bool isActive, string triggerEvent, Guid? pipelineId, Guid? stageId)
    {
        Name = name;
        IsActive = isActive;
        TriggerEvent = triggerEvent;
        PipelineId = triggerEvent == RuleTriggers.DealStageChanged ? pipelineId : null;
        StageId = triggerEvent == RuleTriggers.DealStageChanged ? stageId : null;
    }

    public void SetTask(string titleTemplate, string? descriptionTemplate, TaskPriority priority, RuleAssignment assignTo,
        Guid? userId, string? role, int dueIn, DueUnit dueUnit)
    {
        TitleTemplate = titleTemplate;
        DescriptionTemplate = string.IsNullOrWhiteSpace(descriptionTemplate) ? null : descriptionTemplate;
        Priority = priority;
        AssignTo = assignTo;
        UserId = assignTo == RuleAssignment.User ? userId : null;
        Role = assignTo == RuleAssignment.LeastLoaded ? role?.ToLowerInvariant() : null;
        DueIn = dueIn;
        DueUnit = dueUnit;
    }

    /// <summary>The source key of the task this rule sets for one occurrence of its event.</summary>
    public string SourceKey(string occurrence) => $"rule:{Id:N}:{occurrence}";
}
