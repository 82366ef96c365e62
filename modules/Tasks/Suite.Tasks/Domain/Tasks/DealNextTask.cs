namespace Suite.Tasks.Domain.Tasks;

/// <summary>
/// The last next step published for a deal (<c>Tasks.Deal.NextTaskChanged</c>): its open task with the earliest due
/// time, and a counter that grows with every change, so Crm can tell a late message from a newer one.
/// </summary>
public sealed class DealNextTask
{
    private DealNextTask() { }

    public DealNextTask(Guid dealId) => DealId = dealId;

    public Guid DealId { get; private set; }
    public Guid? TaskId { get; private set; }
    public long Version { get; private set; }

    /// <summary>Records <paramref name="taskId"/> (null: no open task) as the deal's next step; returns the new version.</summary>
    public long Advance(Guid? taskId)
    {
        TaskId = taskId;
        return ++Version;
    }
}
