using Microsoft.AspNetCore.Routing;

namespace Suite.Framework.Modularity;

/// <summary>
/// A business module as the host sees it: it registers its services, maps its endpoints and
/// prepares its database. The host calls these in [DependsOn] order.
/// </summary>
public abstract class SuiteModule
{
    public virtual void ConfigureServices(ModuleServiceContext context)
    {
    }

    public virtual void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }

    /// <summary>Applies migrations and seeds what every installation needs.</summary>
    public virtual Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Seeds the small demo data set of the embedded mode; runs after every module is initialized.</summary>
    public virtual Task SeedDemoDataAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
