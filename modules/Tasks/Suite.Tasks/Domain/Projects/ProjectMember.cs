namespace Suite.Tasks.Domain.Projects;

/// <summary>Someone who sees a project and its progress besides its owner.</summary>
public sealed class ProjectMember
{
    private ProjectMember()
    {
    }

    public ProjectMember(Guid projectId, Guid userId)
    {
        ProjectId = projectId;
        UserId = userId;
    }

    public Guid ProjectId { get; private set; }
    public Guid UserId { get; private set; }
}
