using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Suite.Framework.Data;
using Suite.Framework.Errors;
using Suite.Framework.Events;
using Suite.Framework.Modularity;
using Suite.Framework.Permissions;
using Suite.Framework.Time;
using Suite.Framework.Users;

namespace Suite.Framework.Hosting;

public static class SuiteHostingExtensions
{
    /// <summary>
    /// Registers the framework (current user, clock, errors, permissions, event bus with the in-process
    /// transport) and every module reachable from <paramref name="startupModule"/>, in dependency order.
    /// </summary>
    public static ModuleCatalog AddSuiteModules(this IServiceCollection services, IConfiguration configuration,
        DatabaseSettings database, Type startupModule)
    {
        services.AddHttpContextAccessor();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CompanyTimeZone>();
        services.AddSingleton<CompanyCalendar>();
        services.AddSingleton<BusinessClock>();
        services.AddScoped<ActingUser>();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddScoped<SuiteDbContextServices>();
        services.AddSingleton(database);

        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddSingleton<PermissionCatalog>();

        services.AddSingleton<EventBusSignals>();
        services.AddScoped<EventBusState>();
        services.AddScoped<ParkedEvents>();
        services.Subscriptions();
        services.Configure<EventBusOptions>(configuration.GetSection("EventBus"));
        services.TryAddSingleton<IEventTransport, InProcessEventTransport>();

        // Hosted services start in registration order: the database is migrated before any worker runs.
        services.AddHostedService<DatabaseInitializer>();
        services.AddHostedService<PostgresEventBusWakeUps>();

        var catalog = ModuleCatalog.From(startupModule);
        services.AddSingleton(catalog);
        var context = new ModuleServiceContext(services, configuration, database);
        foreach (var module in catalog.Modules)
            module.ConfigureServices(context);
        return catalog;
    }

    public static void MapSuiteModules(this IEndpointRouteBuilder endpoints, ModuleCatalog catalog)
    {
        foreach (var module in catalog.Modules)
            module.MapEndpoints(endpoints);
    }
}
