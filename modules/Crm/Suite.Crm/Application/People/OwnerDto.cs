namespace Suite.Crm.Application.People;

/// <summary>A user records may be given to, as the owner pickers show them.</summary>
internal sealed record OwnerDto(Guid Id, string FullName, string UserName, string? Email, string? Position, IReadOnlyList<string> Roles);
