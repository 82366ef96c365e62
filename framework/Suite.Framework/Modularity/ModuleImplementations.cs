using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Suite.Framework.Modularity;

/// <summary>How a module offers the host every implementation of a framework contract it has (search sources, weekly figures).</summary>
internal static class ModuleImplementations
{
    /// <summary>
    /// Each concrete <typeparamref name="TContract"/> in <typeparamref name="TModule"/>'s assembly, scoped, with a
    /// singleton <paramref name="marker"/> naming its type so the host can find them all.
    /// </summary>
    public static ModuleServiceContext AddEach<TModule, TContract>(this ModuleServiceContext context, Func<Type, object> marker)
        where TModule : SuiteModule
    {
        var implementations = typeof(TModule).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(TContract).IsAssignableFrom(t));
        foreach (var implementation in implementations)
        {
            context.Services.TryAddScoped(implementation);
            var named = marker(implementation);
            context.Services.AddSingleton(named.GetType(), named);
        }

        return context;
    }
}
