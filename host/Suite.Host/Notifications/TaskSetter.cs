namespace Suite.Host.Notifications;

/// <summary>
/// Who set a task, remembered from <c>Tasks.Task.Created</c>: <c>Tasks.Task.Completed</c> does not say, and the one
/// who set it is who hears that it is done.
/// </summary>
public sealed class TaskSetter
{
    private TaskSetter()
    {
    }

    public TaskSetter(Guid taskId, Guid setBy)
    {
        TaskId = taskId;
        SetBy = setBy;
    }

    public Guid TaskId { get; private set; }
    public Guid SetBy { get; private set; }
}
