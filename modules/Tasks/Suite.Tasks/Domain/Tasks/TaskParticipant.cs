namespace Suite.Tasks.Domain.Tasks;

/// <summary>A co-worker (helps with the task) or an observer (follows it); both see the task.</summary>
public sealed class TaskParticipant
{
    private TaskParticipant() { }

    public TaskParticipant(Guid taskId, Guid userId, ParticipantRole role)
    {
        TaskId = taskId;
        UserId = userId;
        Role = role;
    }

    public Guid TaskId { get; private set; }
    public Guid UserId { get; private set; }
    public ParticipantRole Role { get; private set; }
}

public enum ParticipantRole
{
    Coworker,
    Observer,
}
