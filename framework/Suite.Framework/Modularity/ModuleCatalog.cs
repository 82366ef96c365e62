using System.Reflection;

namespace Suite.Framework.Modularity;

/// <summary>The host's modules, instantiated once and ordered so that every module follows its dependencies.</summary>
public sealed class ModuleCatalog
{
    public IReadOnlyList<SuiteModule> Modules { get; }

    private ModuleCatalog(IReadOnlyList<SuiteModule> modules) => Modules = modules;

    public static ModuleCatalog From(Type startupModule)
    {
        var ordered = new List<Type>();
        Visit(startupModule, ordered, new HashSet<Type>());
        return new ModuleCatalog(ordered.Select(t => (SuiteModule)Activator.CreateInstance(t)!).ToList());
    }

    private static void Visit(Type module, List<Type> ordered, HashSet<Type> visiting)
    {
        if (ordered.Contains(module))
            return;
        if (!typeof(SuiteModule).IsAssignableFrom(module))
            throw new InvalidOperationException($"{module.Name} is not a SuiteModule.");
        if (!visiting.Add(module))
            throw new InvalidOperationException($"Modules depend on each other in a cycle through {module.Name}.");

        foreach (var dependsOn in module.GetCustomAttributes<DependsOnAttribute>())
            foreach (var dependency in dependsOn.Modules)
                Visit(dependency, ordered, visiting);

        visiting.Remove(module);
        ordered.Add(module);
    }
}
