namespace Suite.Tasks.Application.Projects;

/// <summary>A project as the API shows it: people by name, progress counted over its tasks.</summary>
internal sealed record ProjectDto(
    Guid Id,
    string Name,
    string? Description,
    Guid OwnerId,
    string? OwnerName,
    IReadOnlyList<ProjectMemberDto> Members,
    DateOnly? Deadline,
    bool IsArchived,
    ProjectProgressDto Progress,
    DateTimeOffset CreatedAt,
    string ConcurrencyStamp);
