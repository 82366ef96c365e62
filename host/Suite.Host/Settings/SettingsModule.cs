using Microsoft.Extensions.Diagnostics.HealthChecks;
using Suite.Framework.Data;
using Suite.Framework.Modularity;
using Suite.Framework.Permissions;
using Suite.Framework.Time;

namespace Suite.Host.Settings;

/// <summary>
/// The company settings every module depends on, the time zone behind <see cref="BusinessClock"/> and the working
/// days of <see cref="CompanyCalendar"/>, and the users' saved list views.
/// It runs first, so the modules' seeding already sees the company's "today". It publishes no events, so its
/// DbContext is registered without an outbox sender or inbox (docs/adr/0014-company-settings-and-business-clock.md).
/// </summary>
public sealed class SettingsModule : SuiteModule
{
    public override void ConfigureServices(ModuleServiceContext context)
    {
        var services = context.Services;
        services.AddDbContext<SettingsDbContext>(o => o.UseSuiteDatabase(context.Database, SettingsDbProperties.Database));
        services.AddSingleton(new ModuleDbContextType(SettingsDbProperties.Database, typeof(SettingsDbContext)));
        services.AddHealthChecks().AddDbContextCheck<SettingsDbContext>("database-settings", HealthStatus.Unhealthy, ["ready"]);
        services.AddSingleton<PermissionDefinitionProvider, SettingsPermissionDefinitions>();
        services.AddScoped<CompanySettingsService>();
        services.AddScoped<WorkingCalendarService>();
        services.AddScoped<SavedViewService>();
        services.AddHostedService<CompanySettingsRefresh>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapCompanySettings();
        endpoints.MapSavedViews();
    }

    public override async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var zone = await services.GetRequiredService<CompanySettingsService>().StoredTimeZoneAsync(cancellationToken);
        services.GetRequiredService<CompanyTimeZone>().Use(zone);
        var days = await services.GetRequiredService<WorkingCalendarService>().EnsureStoredAsync(cancellationToken);
        services.GetRequiredService<CompanyCalendar>().Use(days);
    }
}
