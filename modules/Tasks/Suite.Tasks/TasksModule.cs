using Suite.Tasks.Data;
using Suite.Framework.Data;
using Suite.Framework.Modularity;

namespace Suite.Tasks;

/// <summary>Tasks and reminders, set by hand or by automation rules at each deal stage.</summary>
public sealed class TasksModule : SuiteModule
{
    public override void ConfigureServices(ModuleServiceContext context) =>
        context.AddModuleDbContext<TasksDbContext>(TasksDbProperties.Database);
}
