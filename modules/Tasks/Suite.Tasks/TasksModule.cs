using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Suite.Framework.Data;
using Suite.Framework.Modularity;
using Suite.Framework.People;
using Suite.Framework.Permissions;
using Suite.Tasks.Application.NextStep;
using Suite.Tasks.Application.Overdue;
using Suite.Tasks.Data;

namespace Suite.Tasks;

/// <summary>Tasks and reminders, set by hand or by automation rules at each deal stage.</summary>
public sealed class TasksModule : SuiteModule
{
    public override void ConfigureServices(ModuleServiceContext context)
    {
        context.AddModuleDbContext<TasksDbContext>(TasksDbProperties.Database)
            .KeepPeopleCopies();
        context.Services.AddSingleton<PermissionDefinitionProvider, TasksPermissionDefinitions>();

        context.Services.AddScoped<OverdueScan>();
        context.Services.AddSingleton(new OverdueWatchOptions(
            context.Configuration.GetValue<TimeSpan?>("Tasks:OverdueCheckInterval") ?? TimeSpan.FromSeconds(15)));
        context.Services.AddHostedService<OverdueWatch>();
        context.Services.AddScoped<DealsWithoutNextStep>();
        context.Services.AddSingleton(new NextStepWatchOptions(
            context.Configuration.GetValue<TimeOnly?>("Tasks:NextStepCheckTime") ?? new TimeOnly(9, 0),
            context.Configuration.GetValue<TimeSpan?>("Tasks:NextStepCheckInterval") ?? TimeSpan.FromMinutes(1)));
        context.Services.AddHostedService<NextStepWatch>();
    }
}
