using Suite.Framework.Data;

namespace Suite.Tasks.Data;

public static class TasksDbProperties
{
    public static readonly ModuleDatabase Database = new("tasks", "tasks", "Tasks");
}
