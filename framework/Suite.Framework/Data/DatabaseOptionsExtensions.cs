using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Suite.Framework.Events;

namespace Suite.Framework.Data;

public static class DatabaseOptionsExtensions
{
    /// <summary>Points a module DbContext at the shared database, with the module's own migrations history.</summary>
    public static DbContextOptionsBuilder UseSuiteDatabase(this DbContextOptionsBuilder options, DatabaseSettings database, ModuleDatabase module)
    {
        switch (database.Provider)
        {
            case DatabaseProvider.PostgreSql:
                options.UseNpgsql(database.ConnectionString, o => o.MigrationsHistoryTable("__EFMigrationsHistory", module.Schema));
                break;
            case DatabaseProvider.Sqlite:
                options.UseSqlite(database.ConnectionString, o => o.MigrationsHistoryTable(module.MigrationsHistoryTable));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(database), database.Provider, "Unknown database provider.");
        }

        return options
            .AddInterceptors(OutboxCommitSignal.Instance)
            .ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>()
            .ReplaceService<IModelCacheKeyFactory, ModuleModelCacheKeyFactory>();
    }
}
