using Suite.Framework.Permissions;

namespace Suite.Host.Settings;

/// <summary>Names of the permissions of the company settings.</summary>
public static class SettingsPermissions
{
    public const string GroupName = "Settings";
    public const string Company = GroupName + ".Company";

    /// <summary>Share saved list views with everyone, and change or delete anyone's shared view.</summary>
    public const string ShareViews = GroupName + ".Views.Share";
}

internal sealed class SettingsPermissionDefinitions : PermissionDefinitionProvider
{
    public override void Define(PermissionDefinitionContext context) =>
        context.Add(SettingsPermissions.GroupName, SettingsPermissions.Company, "Change the company settings (time zone)")
            .Add(SettingsPermissions.GroupName, SettingsPermissions.ShareViews, "Share saved list views with everyone", Roles.Director);
}
