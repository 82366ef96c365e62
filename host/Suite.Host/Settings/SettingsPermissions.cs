using Suite.Framework.Permissions;

namespace Suite.Host.Settings;

/// <summary>Names of the permissions of the company settings.</summary>
public static class SettingsPermissions
{
    public const string GroupName = "Settings";
    public const string Company = GroupName + ".Company";
}

internal sealed class SettingsPermissionDefinitions : PermissionDefinitionProvider
{
    public override void Define(PermissionDefinitionContext context) =>
        context.Add(SettingsPermissions.GroupName, SettingsPermissions.Company, "Change the company settings (time zone)");
}
