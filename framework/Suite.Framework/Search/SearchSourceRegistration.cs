using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Suite.Framework.Search;

// In the modules' own namespace for composition, so a module joins the global search with one line and no import.
namespace Suite.Framework.Modularity;

public static class SearchSourceRegistration
{
    /// <summary>Every <see cref="ISearchSource"/> in the module's assembly answers the global search.</summary>
    public static ModuleServiceContext AddSearchSources<TModule>(this ModuleServiceContext context) where TModule : SuiteModule
    {
        var sources = typeof(TModule).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ISearchSource).IsAssignableFrom(t));
        foreach (var source in sources)
        {
            context.Services.TryAddScoped(source);
            context.Services.AddSingleton(new SearchSourceType(source));
        }

        return context;
    }
}
