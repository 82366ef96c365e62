using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Suite.Framework.Events;
using Suite.Framework.Users;

namespace Suite.Framework.Data;

/// <summary>
/// Lets `dotnet ef migrations add` build a module DbContext for either provider, chosen by the
/// SUITE_MIGRATIONS_PROVIDER environment variable (Sqlite or PostgreSql); see scripts/add-migration.sh.
/// </summary>
public abstract class DesignTimeDbContextFactory<TContext>(ModuleDatabase module) : IDesignTimeDbContextFactory<TContext>
    where TContext : SuiteDbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var provider = Enum.Parse<DatabaseProvider>(Environment.GetEnvironmentVariable("SUITE_MIGRATIONS_PROVIDER") ?? "Sqlite", true);
        var connection = provider == DatabaseProvider.PostgreSql ? "Host=localhost;Database=suite_design" : "Data Source=design.db";
        var builder = new DbContextOptionsBuilder<TContext>();
        builder.UseSuiteDatabase(new DatabaseSettings(provider, connection), module);
        var services = new SuiteDbContextServices(new NobodySignedIn(), TimeProvider.System, new EventBusSignals());
        return Create(builder.Options, services);
    }

    protected abstract TContext Create(DbContextOptions<TContext> options, SuiteDbContextServices services);

    private sealed class NobodySignedIn : ICurrentUser
    {
        public Guid? Id => null;
        public string? UserName => null;
        public bool IsAuthenticated => false;
        public bool HasPermission(string permission) => false;
    }
}
