using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Suite.Framework.Events;
using Suite.Framework.Users;

namespace Suite.Framework.Data;

/// <summary>Lets `dotnet ef migrations add` build a module DbContext for the provider <see cref="DesignTimeDatabase"/> names.</summary>
public abstract class DesignTimeDbContextFactory<TContext>(ModuleDatabase module) : IDesignTimeDbContextFactory<TContext>
    where TContext : SuiteDbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        builder.UseSuiteDatabase(DesignTimeDatabase.FromEnvironment(), module);
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
