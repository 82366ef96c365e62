using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Suite.Framework.Data;
using Suite.Framework.Modularity;
using Suite.Framework.People;
using Suite.Framework.Permissions;
using Suite.Tasks.Data;
using Suite.Tasks.Http;

namespace Suite.Tasks;

/// <summary>Tasks and reminders, set by hand or by automation rules at each deal stage.</summary>
public sealed class TasksModule : SuiteModule
{
    public override void ConfigureServices(ModuleServiceContext context)
    {
        context.AddModuleDbContext<TasksDbContext>(TasksDbProperties.Database)
            .KeepPeopleCopies()
            .AddTaskRules(context.Services);
        context.Services.AddSingleton<PermissionDefinitionProvider, TasksPermissionDefinitions>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapTaskRules();
}
