namespace Suite.Tasks.Domain.Tasks;

/// <summary>One step of a task's checklist.</summary>
public sealed record ChecklistItem(string Text, bool Done);
