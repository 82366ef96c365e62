using Suite.Framework.Modularity;

namespace Suite.Host.Search;

/// <summary>
/// The global search (the top bar's box and Ctrl+K): asks every module's search sources the user may read, together,
/// and puts their answers into one list grouped by kind.
/// </summary>
public sealed class SearchModule : SuiteModule
{
    public override void ConfigureServices(ModuleServiceContext context)
    {
        context.Services.AddScoped<GlobalSearch>();
        context.Services.AddSingleton(new GlobalSearchOptions(
            context.Configuration.GetValue<TimeSpan?>("Search:SourceTimeout") ?? GlobalSearchOptions.DefaultSourceTimeout));
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapSearch();
}
