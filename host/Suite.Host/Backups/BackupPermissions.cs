using Suite.Framework.Permissions;

namespace Suite.Host.Backups;

/// <summary>Names of the permissions of backups.</summary>
public static class BackupPermissions
{
    public const string GroupName = "Backups";

    /// <summary>See the backups and take one now.</summary>
    public const string Manage = GroupName + ".Manage";
}

internal sealed class BackupPermissionDefinitions : PermissionDefinitionProvider
{
    // No role but admin: a backup holds every record and the key ring.
    public override void Define(PermissionDefinitionContext context) =>
        context.Add(BackupPermissions.GroupName, BackupPermissions.Manage, "See the backups and take one now");
}
