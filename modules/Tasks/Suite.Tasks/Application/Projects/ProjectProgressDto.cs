namespace Suite.Tasks.Application.Projects;

/// <summary>
/// How far a project is: <c>total</c> its tasks that are not cancelled, <c>done</c> those done, <c>overdue</c> those
/// still open whose due time has passed (as a task's isOverdue).
/// </summary>
internal sealed record ProjectProgressDto(int Done, int Total, int Overdue)
{
    public static readonly ProjectProgressDto None = new(0, 0, 0);
}
