using Suite.Framework.Permissions;

namespace Suite.Host.Operations;

/// <summary>Names of the permissions of the admin's view of the machinery.</summary>
public static class OperationsPermissions
{
    public const string GroupName = "Operations";

    /// <summary>See the health, the event backlog and the parked events; replay or discard a parked event.</summary>
    public const string System = GroupName + ".System";

    /// <summary>Read and export the audit log of every module.</summary>
    public const string Audit = GroupName + ".Audit";

    /// <summary>Export or erase what Suite holds about a person (152-FZ requests).</summary>
    public const string PersonalData = GroupName + ".PersonalData";
}

internal sealed class OperationsPermissionDefinitions : PermissionDefinitionProvider
{
    public override void Define(PermissionDefinitionContext context) => context
        .Add(OperationsPermissions.GroupName, OperationsPermissions.System, "See the system's health and events; replay or discard a parked event")
        .Add(OperationsPermissions.GroupName, OperationsPermissions.Audit, "Read and export the audit log")
        .Add(OperationsPermissions.GroupName, OperationsPermissions.PersonalData, "Export or erase a person's personal data");
}
