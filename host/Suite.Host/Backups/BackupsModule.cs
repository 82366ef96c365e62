using Suite.Framework.Modularity;
using Suite.Framework.Permissions;
using Suite.Host.Settings;

namespace Suite.Host.Backups;

/// <summary>
/// Backup and restore (docs/operations-backup.md): the `--backup` and `--restore` commands, scheduled backups with
/// retention, their health entry and the admin's list. Its log of backups is a table of the settings' context.
/// </summary>
[DependsOn(typeof(SettingsModule))]
public sealed class BackupsModule : SuiteModule
{
    public override void ConfigureServices(ModuleServiceContext context)
    {
        var services = context.Services;
        services.Configure<BackupOptions>(context.Configuration.GetSection(BackupOptions.Section));
        services.AddSingleton<SuiteBackup>();
        services.AddSingleton<SuiteRestore>();
        services.AddSingleton<BackupSchedule>();
        services.AddSingleton<BackupRuns>();
        services.AddSingleton<BackupHealthCheck>();
        services.AddSingleton<PermissionDefinitionProvider, BackupPermissionDefinitions>();
        services.AddHostedService<BackupScheduleWatch>();
        services.AddHealthChecks().Add(new("backup", sp => sp.GetRequiredService<BackupHealthCheck>(), null, ["ready"]));
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapBackups();
}
