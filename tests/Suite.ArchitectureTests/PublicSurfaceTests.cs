using Microsoft.EntityFrameworkCore.Migrations;

namespace Suite.ArchitectureTests;

/// <summary>
/// internal sealed by default: what other code may use of a module is in its Contracts. The implementation
/// assembly makes public only what the host and EF tooling need, and its domain model.
/// </summary>
public class PublicSurfaceTests
{
    [Theory]
    [MemberData(nameof(Modules.All), MemberType = typeof(Modules))]
    public void Module_Should_Make_Public_Only_Its_Module_DbContext_Mapping_Domain_And_Migrations(string module)
    {
        var exported = Modules.Implementation(module).GetExportedTypes();
        exported.ShouldNotBeEmpty();
        exported.Select(t => t.FullName).ShouldContain($"Suite.{module}.{module}Module");

        var unexpected = exported.Where(t => !MayBePublic(module, t)).Select(t => t.FullName).Order(StringComparer.Ordinal).ToList();
        unexpected.ShouldBeEmpty($"Suite.{module} makes these public; make them internal or say why in this rule");
    }

    [Theory]
    [MemberData(nameof(Modules.All), MemberType = typeof(Modules))]
    public void Module_Classes_Should_Be_Sealed_Unless_Static_Or_Abstract(string module)
    {
        var classes = Modules.Implementation(module).GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && !Modules.IsCompilerGenerated(t))
            // EF's generated migrations and snapshots are partial classes it never seals.
            .Where(t => !t.IsSubclassOf(typeof(Migration)) && !t.IsSubclassOf(typeof(Microsoft.EntityFrameworkCore.Infrastructure.ModelSnapshot)))
            .ToList();
        classes.ShouldNotBeEmpty();
        classes.Where(t => !t.IsSealed).Select(t => t.FullName).ShouldBeEmpty();
    }

    [Fact]
    public void Api_Shapes_Should_Have_Names_Unique_Across_Modules()
    {
        // OpenAPI names a schema after its type alone; two modules' ProductDto become one schema, and the
        // generated client then gives one module the other's fields.
        var shapes = Modules.Names.SelectMany(m => Modules.Implementation(m).GetTypes())
            .Where(t => !Modules.IsCompilerGenerated(t) && (t.Name.EndsWith("Dto") || t.Name.EndsWith("Input") || t.Name.EndsWith("Request")))
            .ToList();
        shapes.ShouldNotBeEmpty();
        shapes.GroupBy(t => t.Name).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty();
    }

    private static bool MayBePublic(string module, Type type)
    {
        var root = $"Suite.{module}";
        var name = type.FullName!;
        return name == $"{root}.{module}Module"                                   // the host composes it
            || name == $"{root}.Data.{module}DbContext"                          // the host migrates it, tests query it
            || name == $"{root}.Data.{module}DbProperties"                       // schema, prefix: one place
            || name == $"{root}.Data.{module}ModelBuilderExtensions"             // builder.Configure<M>()
            || type.Namespace?.StartsWith($"{root}.Domain", StringComparison.Ordinal) == true // the DbContext's entities
            || (type.IsSubclassOf(typeof(Migration)) && type.Namespace?.StartsWith($"{root}.Data.Migrations.", StringComparison.Ordinal) == true); // dotnet ef generates them public
    }
}
