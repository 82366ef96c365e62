namespace Suite.Host.Identity;

/// <summary>Names of the permissions of user and role administration.</summary>
public static class IdentityPermissions
{
    public const string GroupName = "Identity";
    public const string Users = GroupName + ".Users";
    public const string Roles = GroupName + ".Roles";
}

internal sealed class IdentityPermissionDefinitions : Suite.Framework.Permissions.PermissionDefinitionProvider
{
    public override void Define(Suite.Framework.Permissions.PermissionDefinitionContext context) => context
        .Add(IdentityPermissions.GroupName, IdentityPermissions.Users, "Manage users")
        .Add(IdentityPermissions.GroupName, IdentityPermissions.Roles, "View roles and their permissions");
}
