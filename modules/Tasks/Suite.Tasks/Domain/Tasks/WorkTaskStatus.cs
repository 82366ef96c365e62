namespace Suite.Tasks.Domain.Tasks;

/// <summary>Where a task stands. Open and in progress are "open" for every count: the work is still to do.</summary>
public enum WorkTaskStatus
{
    Open,
    InProgress,
    Done,
    Cancelled,
}
