using FluentValidation;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Suite.Framework.Data;
using Suite.Framework.Modularity;
using Suite.Framework.People;
using Suite.Framework.Permissions;
using Suite.Tasks.Application.Projects;
using Suite.Tasks.Application.Reports;
using Suite.Tasks.Data;
using Suite.Tasks.Http;

namespace Suite.Tasks;

/// <summary>Tasks and reminders, set by hand or by automation rules at each deal stage.</summary>
public sealed class TasksModule : SuiteModule
{
    public override void ConfigureServices(ModuleServiceContext context)
    {
        context.AddModuleDbContext<TasksDbContext>(TasksDbProperties.Database)
            .KeepPeopleCopies();
        context.Services.AddSingleton<PermissionDefinitionProvider, TasksPermissionDefinitions>();
        context.Services.AddScoped<ProjectService>();
        context.Services.AddScoped<EmployeeReportService>();
        context.Services.AddValidatorsFromAssemblyContaining<TasksModule>(includeInternalTypes: true);
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapProjects();
        endpoints.MapTaskReports();
    }
}
