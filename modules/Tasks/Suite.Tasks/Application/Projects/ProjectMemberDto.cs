namespace Suite.Tasks.Application.Projects;

/// <summary>A member of a project, by name.</summary>
internal sealed record ProjectMemberDto(Guid Id, string? Name);
