using Suite.Framework.Domain;

namespace Suite.Tasks.Domain.Tasks;

/// <summary>A remark in a task's discussion.</summary>
public sealed class TaskComment : Entity
{
    private TaskComment() => Text = null!;

    public TaskComment(Guid taskId, Guid? authorId, string text, DateTimeOffset at)
    {
        TaskId = taskId;
        AuthorId = authorId;
        Text = text;
        CreatedAt = at;
    }

    public Guid TaskId { get; private set; }
    public Guid? AuthorId { get; private set; }
    public string Text { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
}
