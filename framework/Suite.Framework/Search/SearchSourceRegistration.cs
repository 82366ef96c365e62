using Suite.Framework.Search;

// In the modules' own namespace for composition, so a module joins the global search with one line and no import.
namespace Suite.Framework.Modularity;

public static class SearchSourceRegistration
{
    /// <summary>Every <see cref="ISearchSource"/> in the module's assembly answers the global search.</summary>
    public static ModuleServiceContext AddSearchSources<TModule>(this ModuleServiceContext context) where TModule : SuiteModule =>
        context.AddEach<TModule, ISearchSource>(type => new SearchSourceType(type));
}
