namespace Suite.Framework.Permissions;

/// <summary>A permission, the group it is listed under, and the shipped roles that get it on a new installation.</summary>
public sealed record PermissionDefinition(string Name, string DisplayName, string Group, IReadOnlyList<string> DefaultRoles);
