namespace Suite.Tasks;

/// <summary>Names of the permissions the Tasks module checks.</summary>
public static class TasksPermissions
{
    public const string GroupName = "Tasks";
}
