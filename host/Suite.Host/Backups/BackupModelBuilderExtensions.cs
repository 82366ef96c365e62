using Microsoft.EntityFrameworkCore;
using Suite.Host.Settings;

namespace Suite.Host.Backups;

internal static class BackupModelBuilderExtensions
{
    /// <summary>The backups' log lives with the company settings: host-level, one small table, no events.</summary>
    public static void ConfigureBackups(this ModelBuilder builder) =>
        builder.Entity<BackupRecord>(b =>
        {
            b.ToTable(SettingsDbProperties.Database.TablePrefix + "Backups");
            b.Property(r => r.FileName).HasMaxLength(BackupRecord.MaxFileNameLength).IsRequired();
            b.Property(r => r.Trigger).HasConversion<string>().HasMaxLength(16);
            b.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(r => r.Error).HasMaxLength(2000);
            b.HasIndex(r => r.StartedAt);
            // Of several hosts only one takes a scheduled occurrence, and only one backup runs at a time.
            b.HasIndex(r => r.Occurrence).IsUnique();
            b.HasIndex(r => r.Status).IsUnique().HasFilter("\"Status\" = 'Running'").HasDatabaseName("IX_SettingsBackups_OneRunning");
        });
}
