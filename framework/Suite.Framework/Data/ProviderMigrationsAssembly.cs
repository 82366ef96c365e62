using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Internal;

namespace Suite.Framework.Data;

/// <summary>
/// Each module keeps two migration sets in one assembly, in namespaces ending .Sqlite and .PostgreSql;
/// EF sees only the set of the provider in use (see docs/adr/0003-two-database-providers.md).
/// </summary>
internal sealed class ProviderMigrationsAssembly(
    ICurrentDbContext currentContext,
    IDbContextOptions options,
    IMigrationsIdGenerator idGenerator,
    IDiagnosticsLogger<DbLoggerCategory.Migrations> logger)
    : MigrationsAssembly(currentContext, options, idGenerator, logger)
{
    private readonly string _namespaceSuffix = "." + ProviderOf(currentContext.Context);
    private readonly Type _contextType = currentContext.Context.GetType();

    public override IReadOnlyDictionary<string, TypeInfo> Migrations =>
        base.Migrations.Where(m => InProviderNamespace(m.Value)).ToDictionary(m => m.Key, m => m.Value);

    public override ModelSnapshot? ModelSnapshot =>
        Assembly.DefinedTypes
            .Where(t => !t.IsAbstract && t.IsSubclassOf(typeof(ModelSnapshot)) && InProviderNamespace(t))
            .Where(t => t.GetCustomAttribute<DbContextAttribute>()?.ContextType == _contextType)
            .Select(t => (ModelSnapshot)Activator.CreateInstance(t.AsType())!)
            .FirstOrDefault();

    private bool InProviderNamespace(TypeInfo type) => type.Namespace?.EndsWith(_namespaceSuffix, StringComparison.Ordinal) == true;

    private static DatabaseProvider ProviderOf(DbContext context) =>
        context.Database.IsNpgsql() ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite;
}
