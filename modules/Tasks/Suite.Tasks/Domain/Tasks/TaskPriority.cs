namespace Suite.Tasks.Domain.Tasks;

public enum TaskPriority
{
    Low,
    Normal,
    High,
}
