using NetArchTest.Rules;

namespace Suite.ArchitectureTests;

/// <summary>A module reaches another module only through its Contracts; only the host composes implementations.</summary>
public class ModuleBoundaryTests
{
    [Theory]
    [MemberData(nameof(Modules.All), MemberType = typeof(Modules))]
    public void Module_Should_Not_Reference_Another_Modules_Implementation_Assembly(string module)
    {
        var references = Modules.Implementation(module).GetReferencedAssemblies().Select(a => a.Name!).ToList();
        references.ShouldContain("Suite.Framework");

        var others = Modules.Names.Where(m => m != module).Select(m => $"Suite.{m}").ToList();
        others.Count.ShouldBe(Modules.Names.Length - 1);
        references.Intersect(others).ShouldBeEmpty($"Suite.{module} references another module's implementation");
    }

    // NetArchTest 1.3.2 does not see typeof() in attribute arguments ([DependsOn(typeof(CrmModule))]); the
    // assembly-reference rule above does, because such an argument still references the assembly.
    [Theory]
    [MemberData(nameof(Modules.All), MemberType = typeof(Modules))]
    public void Module_Types_Should_Not_Depend_On_Another_Modules_Implementation(string module)
    {
        var types = Types.InAssembly(Modules.Implementation(module));
        types.GetTypes().ShouldNotBeEmpty();

        foreach (var other in Modules.Names.Where(m => m != module))
        {
            var forbidden = Modules.ImplementationNamespacesAndRootTypes(other);
            forbidden.ShouldNotBeEmpty($"found nothing of Suite.{other} to forbid");

            var result = types.ShouldNot().HaveDependencyOnAny(forbidden.ToArray()).GetResult();

            result.IsSuccessful.ShouldBeTrue(
                $"Suite.{module} depends on Suite.{other}'s implementation: {string.Join(", ", result.FailingTypeNames ?? [])}");
        }
    }

    [Theory]
    [MemberData(nameof(Modules.All), MemberType = typeof(Modules))]
    public void Contracts_Should_Reference_No_Ef_Core_No_AspNetCore_And_No_Implementation(string module)
    {
        var contracts = Modules.Contracts(module);
        contracts.GetTypes().ShouldNotBeEmpty();
        ContractsRules.ShouldBeClean(contracts);
    }

    [Theory]
    [MemberData(nameof(Modules.AllHostContracts), MemberType = typeof(Modules))]
    public void Host_Contracts_Should_Reference_No_Ef_Core_No_AspNetCore_And_No_Implementation(string name)
    {
        var contracts = Modules.Contracts(name);
        contracts.GetTypes().ShouldNotBeEmpty();
        ContractsRules.ShouldBeClean(contracts);
    }

    [Fact]
    public void Framework_Contracts_Should_Reference_No_Ef_Core_And_No_AspNetCore()
    {
        var contracts = Modules.Load("Suite.Framework.Contracts");
        contracts.GetTypes().ShouldNotBeEmpty();
        ContractsRules.ShouldBeClean(contracts);
    }

    [Fact]
    public void Only_The_Host_Should_Reference_Module_Implementations()
    {
        var assemblies = Modules.AllSuiteAssemblies();
        var scanned = assemblies
            .Where(a => a.GetName().Name is not ("Suite.Host" or "Suite.ArchitectureTests"))
            .ToList();
        // The framework's three, and two per module.
        scanned.Count.ShouldBeGreaterThanOrEqualTo(3 + 2 * Modules.Names.Length);

        var offenders = scanned
            .SelectMany(a => a.GetReferencedAssemblies()
                .Where(r => Modules.IsModuleImplementation(r.Name!))
                .Select(r => $"{a.GetName().Name} -> {r.Name}"))
            .ToList();
        offenders.ShouldBeEmpty();

        // And the host does compose every module: the rule above would be vacuous if the names were wrong.
        var host = Modules.Load("Suite.Host").GetReferencedAssemblies().Select(a => a.Name).ToList();
        foreach (var module in Modules.Names)
            host.ShouldContain($"Suite.{module}");
    }

    [Fact]
    public void Module_List_Should_Match_The_Module_Assemblies_On_Disk()
    {
        var onDisk = Modules.AllSuiteAssemblies()
            .Select(a => a.GetName().Name!)
            .Where(n => n.EndsWith(".Contracts", StringComparison.Ordinal) && n != "Suite.Framework.Contracts")
            .Select(n => n["Suite.".Length..^".Contracts".Length])
            .Where(n => !Modules.HostContracts.Contains(n))
            .Order(StringComparer.Ordinal);
        onDisk.ShouldBe(Modules.Names.Order(StringComparer.Ordinal));
    }
}

internal static class ContractsRules
{
    public static void ShouldBeClean(System.Reflection.Assembly contracts)
    {
        var name = contracts.GetName().Name;
        var references = contracts.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        references.ShouldNotBeEmpty();

        references.Where(r => r.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)).ShouldBeEmpty($"{name} references EF Core");
        references.Where(r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)).ShouldBeEmpty($"{name} references ASP.NET Core");
        references.Where(r => r.StartsWith("Suite.", StringComparison.Ordinal) && !r.EndsWith(".Contracts", StringComparison.Ordinal))
            .ShouldBeEmpty($"{name} references an implementation assembly");

        var result = Types.InAssembly(contracts).ShouldNot()
            .HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore")
            .GetResult();
        result.IsSuccessful.ShouldBeTrue($"{name}: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }
}
