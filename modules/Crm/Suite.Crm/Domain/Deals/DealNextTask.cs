using Suite.Framework.Domain;

namespace Suite.Crm.Domain.Deals;

/// <summary>
/// A deal's next step as Tasks last reported it: its open task due first, or none (all task fields null). Kept beside
/// the deal, under the deal's id, so the board shows it without asking Tasks and the deal itself stays Crm's own.
/// </summary>
public sealed class DealNextTask : Entity
{
    private DealNextTask()
    {
    }

    public DealNextTask(Guid dealId) => Id = dealId;

    public const int MaxTitleLength = 500;

    public Guid? TaskId { get; private set; }
    public string? Title { get; private set; }
    public DateTimeOffset? DueAt { get; private set; }
    public Guid? AssigneeId { get; private set; }

    /// <summary>Tasks' count of changes to the deal's tasks when it sent this; a message not newer is a late one.</summary>
    public long Version { get; private set; }

    /// <returns>False when the message is not newer than what is kept.</returns>
    public bool Apply(Guid? taskId, string? title, DateTimeOffset? dueAt, Guid? assigneeId, long version)
    {
        if (version <= Version)
            return false;
        TaskId = taskId;
        Title = taskId is null ? null : title is { Length: > MaxTitleLength } ? title[..MaxTitleLength] : title;
        DueAt = taskId is null ? null : dueAt;
        AssigneeId = taskId is null ? null : assigneeId;
        Version = version;
        return true;
    }

    public bool IsOverdueAt(DateTimeOffset now) => TaskId is not null && DueAt < now;
}
