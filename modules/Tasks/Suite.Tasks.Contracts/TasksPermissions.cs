namespace Suite.Tasks;

/// <summary>Names of the permissions the Tasks module checks.</summary>
public static class TasksPermissions
{
    public const string GroupName = "Tasks";

    /// <summary>Tasks one is assigned to, set, works on or watches, and those on the cards one owns.</summary>
    public static class Tasks
    {
        public const string Default = GroupName + ".Tasks";

        /// <summary>See and change every user's tasks; without it the record rule applies.</summary>
        public const string ViewAll = Default + ".ViewAll";
    }

    /// <summary>Automation rules that set tasks when something happens elsewhere.</summary>
    public static class Rules
    {
        public const string Manage = GroupName + ".Rules";
    }

    /// <summary>Projects that group tasks (members see theirs with <see cref="Tasks.Default"/>).</summary>
    public static class Projects
    {
        public const string Manage = GroupName + ".Projects";
    }

    /// <summary>Task discipline per employee; a supervisor sees their team, ViewAll sees everyone.</summary>
    public static class Reports
    {
        public const string Default = GroupName + ".Reports";
    }
}
