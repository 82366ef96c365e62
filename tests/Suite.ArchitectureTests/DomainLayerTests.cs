using NetArchTest.Rules;

namespace Suite.ArchitectureTests;

/// <summary>Inside a module the domain depends on nothing of the layers above it, nor on EF Core or ASP.NET Core.</summary>
public class DomainLayerTests
{
    [Theory]
    [MemberData(nameof(Modules.AllWithDomain), MemberType = typeof(Modules))]
    public void Domain_Should_Not_Depend_On_Application_Data_Http_Or_Handlers(string module)
    {
        var domain = DomainTypes(module);
        domain.GetTypes().ShouldNotBeEmpty($"Suite.{module}.Domain has no types");

        var result = domain.ShouldNot().HaveDependencyOnAny(
                $"Suite.{module}.Application",
                $"Suite.{module}.Data",
                $"Suite.{module}.Http",
                $"Suite.{module}.EventHandlers",
                $"Suite.{module}.DemoData")
            .GetResult();

        result.IsSuccessful.ShouldBeTrue(string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Theory]
    [MemberData(nameof(Modules.AllWithDomain), MemberType = typeof(Modules))]
    public void Domain_Should_Not_Depend_On_Ef_Core_Or_AspNetCore(string module)
    {
        var domain = DomainTypes(module);
        domain.GetTypes().ShouldNotBeEmpty($"Suite.{module}.Domain has no types");

        var result = domain.ShouldNot()
            .HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore")
            .GetResult();

        result.IsSuccessful.ShouldBeTrue(string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Domain_Rules_Should_Cover_Every_Module_That_Has_A_Domain()
    {
        var withDomain = Modules.Names
            .Where(m => Modules.Implementation(m).GetTypes().Any(t => t.Namespace?.StartsWith($"Suite.{m}.Domain", StringComparison.Ordinal) == true))
            .Order(StringComparer.Ordinal);
        withDomain.ShouldBe(Modules.WithDomain.Order(StringComparer.Ordinal));
    }

    private static PredicateList DomainTypes(string module) =>
        Types.InAssembly(Modules.Implementation(module)).That().ResideInNamespace($"Suite.{module}.Domain");
}
