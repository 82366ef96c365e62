using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Suite.Framework.Data;
using Suite.Framework.Events;
using Suite.Framework.Users;

namespace Suite.ArchitectureTests;

/// <summary>
/// Each module owns its DbContext, schema, table prefix and migrations for both providers. Models are built
/// without a database: EF builds a model without opening a connection.
/// </summary>
public class ModuleDatabaseTests
{
    [Theory]
    [MemberData(nameof(Modules.All), MemberType = typeof(Modules))]
    public void Module_Should_Have_One_DbContext_Deriving_From_SuiteDbContext(string module)
    {
        var contexts = ContextTypes(module);
        contexts.Select(t => t.FullName).ShouldBe([$"Suite.{module}.Data.{module}DbContext"]);
    }

    [Theory]
    [MemberData(nameof(Modules.All), MemberType = typeof(Modules))]
    public void Module_Database_Should_Use_Lower_Case_Schema_And_Module_Prefix(string module)
    {
        var database = Modules.DatabaseOf(module);

        database.Schema.ShouldBe(module.ToLowerInvariant());
        database.TablePrefix.ShouldBe(module);
        database.Module.ShouldBe(module.ToLowerInvariant());
    }

    [Theory]
    [MemberData(nameof(Modules.All), MemberType = typeof(Modules))]
    public void Design_Time_Factory_Should_Build_A_Context_Whose_Tables_All_Carry_The_Prefix(string module)
    {
        var database = Modules.DatabaseOf(module);
        using var context = CreateWithDesignTimeFactory(module);

        context.Module.ShouldBe(database);
        context.Database.IsSqlite().ShouldBeTrue();
        var tables = TableNames(context);
        tables.ShouldNotBeEmpty();
        tables.Where(t => !t.StartsWith(database.TablePrefix, StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Modules.All), MemberType = typeof(Modules))]
    public void On_PostgreSql_Every_Table_Should_Be_In_The_Module_Schema_And_Carry_The_Prefix(string module)
    {
        var database = Modules.DatabaseOf(module);
        using var context = Create(module, DatabaseProvider.PostgreSql);

        var entities = context.Model.GetEntityTypes().Where(e => e.GetTableName() is not null).ToList();
        entities.ShouldNotBeEmpty();
        entities.Where(e => e.GetSchema() != database.Schema).Select(e => $"{e.GetSchema()}.{e.GetTableName()}").ShouldBeEmpty();
        entities.Where(e => !e.GetTableName()!.StartsWith(database.TablePrefix, StringComparison.Ordinal))
            .Select(e => e.GetTableName()).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Modules.All), MemberType = typeof(Modules))]
    public void Module_Should_Have_Migrations_For_Both_Providers(string module)
    {
        var context = ContextTypes(module).ShouldHaveSingleItem();
        var types = Modules.Implementation(module).GetTypes();

        foreach (var provider in new[] { "Sqlite", "PostgreSql" })
        {
            var inProvider = types
                .Where(t => t.Namespace?.EndsWith("." + provider, StringComparison.Ordinal) == true)
                .Where(t => t.GetCustomAttribute<DbContextAttribute>()?.ContextType == context)
                .ToList();
            inProvider.Where(t => t.IsSubclassOf(typeof(Migration))).ShouldNotBeEmpty($"Suite.{module} has no {provider} migrations");
            inProvider.Where(t => t.IsSubclassOf(typeof(ModelSnapshot))).ShouldHaveSingleItem($"Suite.{module} needs one {provider} model snapshot");
        }
    }

    [Theory]
    [MemberData(nameof(Modules.All), MemberType = typeof(Modules))]
    public void Migrations_Should_Be_Up_To_Date_With_The_Model_On_Both_Providers(string module)
    {
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql })
        {
            using var context = Create(module, provider);
            context.Database.GetMigrations().ShouldNotBeEmpty($"{provider}");
            context.Database.HasPendingModelChanges().ShouldBeFalse(
                $"Suite.{module} on {provider}: the model has changes no migration captures (scripts/add-migration.sh)");
        }
    }

    private static List<Type> ContextTypes(string module) =>
        Modules.Implementation(module).GetTypes().Where(t => t.IsSubclassOf(typeof(SuiteDbContext)) && !t.IsAbstract).ToList();

    private static List<string> TableNames(DbContext context) =>
        context.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().ToList();

    /// <summary>Through the module's own design-time factory, as `dotnet ef` does (SQLite unless SUITE_MIGRATIONS_PROVIDER says otherwise).</summary>
    private static SuiteDbContext CreateWithDesignTimeFactory(string module)
    {
        var factoryType = Modules.Implementation(module).GetType($"Suite.{module}.Data.{module}DesignTimeDbContextFactory", throwOnError: true)!;
        var factory = Activator.CreateInstance(factoryType, nonPublic: true).ShouldNotBeNull();
        var create = factoryType.GetInterfaces()
            .Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDesignTimeDbContextFactory<>))
            .GetMethod(nameof(IDesignTimeDbContextFactory<DbContext>.CreateDbContext))!;
        return create.Invoke(factory, [Array.Empty<string>()]).ShouldBeAssignableTo<SuiteDbContext>()!;
    }

    /// <summary>The way the host configures it (UseSuiteDatabase), on a connection string nothing ever opens.</summary>
    private static SuiteDbContext Create(string module, DatabaseProvider provider)
    {
        var contextType = ContextTypes(module).ShouldHaveSingleItem();
        var settings = provider == DatabaseProvider.PostgreSql
            ? new DatabaseSettings(provider, "Host=127.0.0.1;Port=1;Database=architecture_tests")
            : new DatabaseSettings(provider, "Data Source=:memory:");
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(contextType))!;
        builder.UseSuiteDatabase(settings, Modules.DatabaseOf(module));
        var services = new SuiteDbContextServices(new Nobody(), TimeProvider.System, new EventBusSignals());
        return (SuiteDbContext)Activator.CreateInstance(contextType, builder.Options, services)!;
    }

    private sealed class Nobody : ICurrentUser
    {
        public Guid? Id => null;
        public string? UserName => null;
        public bool IsAuthenticated => false;
        public bool HasPermission(string permission) => false;
    }
}
