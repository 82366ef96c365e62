using Suite.Framework.Modularity;
using Suite.Framework.Permissions;

namespace Suite.Host.Operations;

/// <summary>
/// The admin's view of the machinery: every health check, the event bus's backlog per module, the parked events to
/// replay or discard, and all modules' audit logs as one list.
/// </summary>
public sealed class OperationsModule : SuiteModule
{
    public override void ConfigureServices(ModuleServiceContext context)
    {
        var services = context.Services;
        services.AddSingleton<PermissionDefinitionProvider, OperationsPermissionDefinitions>();
        services.AddScoped<SystemStatus>();
        services.AddScoped<AuditLog>();
        services.AddScoped<PersonalDataExport>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapOperations();
}
