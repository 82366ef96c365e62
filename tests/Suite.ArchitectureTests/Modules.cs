using System.Reflection;
using Suite.Framework.Data;

namespace Suite.ArchitectureTests;

/// <summary>The business modules and their two assemblies, loaded by name so that a typo fails loudly.</summary>
public static class Modules
{
    public static readonly string[] Names = ["Crm", "Tasks", "Docs", "Finance", "Stock"];

    /// <summary>Modules whose Contracts declare integration events (…Eto); the rest have none yet.</summary>
    public static readonly string[] Publishing = ["Crm", "Tasks", "Docs", "Finance", "Stock"];

    /// <summary>Contracts that the host's own parts publish through (identity's people events), besides the business modules'.</summary>
    public static readonly string[] HostContracts = ["Identity"];

    /// <summary>Modules that have a Domain namespace; the rest are still empty shells.</summary>
    public static readonly string[] WithDomain = ["Crm", "Docs", "Finance", "Stock", "Tasks"];

    /// <summary>The namespaces an implementation assembly may use below its root; a Contracts project uses the root and .Events.</summary>
    public static readonly string[] ImplementationLayers = ["Domain", "Application", "Data", "Http", "EventHandlers", "DemoData"];

    public static TheoryData<string> All => new(Names);
    public static TheoryData<string> AllPublishing => new(Publishing);
    public static TheoryData<string> AllPublishingWithHost => new([.. Publishing, .. HostContracts]);
    public static TheoryData<string> AllHostContracts => new(HostContracts);
    public static TheoryData<string> AllWithDomain => new(WithDomain);

    public static Assembly Implementation(string module) => Load($"Suite.{module}");

    public static Assembly Contracts(string module) => Load($"Suite.{module}.Contracts");

    public static Assembly Load(string name)
    {
        var assembly = Assembly.Load(new AssemblyName(name));
        assembly.GetName().Name.ShouldBe(name);
        return assembly;
    }

    /// <summary>Every Suite assembly next to the tests: the framework, every module, the host, the tests themselves.</summary>
    public static IReadOnlyList<Assembly> AllSuiteAssemblies() =>
        Directory.GetFiles(AppContext.BaseDirectory, "Suite.*.dll")
            .Select(path => Load(Path.GetFileNameWithoutExtension(path)))
            .OrderBy(a => a.GetName().Name, StringComparer.Ordinal)
            .ToList();

    public static bool IsModuleImplementation(string assemblyName) =>
        Names.Any(m => assemblyName == $"Suite.{m}");

    /// <summary>
    /// Types of the implementation assembly of <paramref name="module"/>, named as NetArchTest matches them: whole
    /// layer namespaces, and the root-namespace types one by one, because Contracts share the root namespace.
    /// </summary>
    public static IReadOnlyList<string> ImplementationNamespacesAndRootTypes(string module)
    {
        var root = $"Suite.{module}";
        var types = Implementation(module).GetTypes().Where(t => t.Namespace is not null).ToList();
        var layers = ImplementationLayers.Select(l => $"{root}.{l}")
            .Where(ns => types.Any(t => t.Namespace == ns || t.Namespace!.StartsWith(ns + ".", StringComparison.Ordinal)));
        var rootTypes = types.Where(t => t.Namespace == root && !t.IsNested && !IsCompilerGenerated(t)).Select(t => t.FullName!);
        return layers.Concat(rootTypes).ToList();
    }

    public static bool IsCompilerGenerated(Type type) =>
        type.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), false) || type.Name.Contains('<');

    public static ModuleDatabase DatabaseOf(string module)
    {
        var properties = Implementation(module).GetType($"Suite.{module}.Data.{module}DbProperties", throwOnError: true)!;
        var field = properties.GetField("Database", BindingFlags.Public | BindingFlags.Static);
        field.ShouldNotBeNull($"{properties.FullName} has no public static Database field");
        return field.GetValue(null).ShouldBeOfType<ModuleDatabase>();
    }
}
