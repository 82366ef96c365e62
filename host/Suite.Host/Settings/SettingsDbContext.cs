using Microsoft.EntityFrameworkCore;
using Suite.Framework.Data;
using Suite.Host.Backups;

namespace Suite.Host.Settings;

/// <summary>The company settings, in the "settings" schema; changes are audited like any business record.</summary>
public sealed class SettingsDbContext(DbContextOptions<SettingsDbContext> options, SuiteDbContextServices services)
    : SuiteDbContext(options, services, SettingsDbProperties.Database)
{
    public DbSet<CompanySettings> Company => Set<CompanySettings>();

    public DbSet<WorkingCalendar> Calendar => Set<WorkingCalendar>();

    public DbSet<SavedView> Views => Set<SavedView>();

    public DbSet<BackupRecord> Backups => Set<BackupRecord>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<CompanySettings>(b =>
        {
            b.ToTable(SettingsDbProperties.Database.TablePrefix + "Company");
            b.Property(s => s.TimeZone).HasMaxLength(64).IsRequired();
            b.ConfigureAudited();
        });
        builder.Entity<WorkingCalendar>(b =>
        {
            b.ToTable(SettingsDbProperties.Database.TablePrefix + "Calendar");
            b.Property(c => c.WeekendDays).HasMaxLength(20).IsRequired();
            b.Property(c => c.Holidays).IsRequired();
            b.Property(c => c.Workdays).IsRequired();
            b.ConfigureAudited();
        });
        builder.Entity<SavedView>(b =>
        {
            b.ToTable(SettingsDbProperties.Database.TablePrefix + "SavedViews");
            b.Property(v => v.List).HasMaxLength(SavedViewInput.MaxListLength).IsRequired();
            b.Property(v => v.Name).HasMaxLength(SavedViewInput.MaxNameLength).IsRequired();
            b.Property(v => v.Query).HasMaxLength(SavedViewInput.MaxQueryLength).IsRequired();
            b.HasIndex(v => new { v.List, v.OwnerId });
            b.HasIndex(v => new { v.List, v.Shared });
            b.ConfigureAudited();
        });
        builder.ConfigureBackups();
    }
}

/// <summary>For `dotnet ef migrations add`, on the provider <see cref="DesignTimeDatabase"/> names.</summary>
internal sealed class SettingsDesignTimeDbContextFactory() : DesignTimeDbContextFactory<SettingsDbContext>(SettingsDbProperties.Database)
{
    protected override SettingsDbContext Create(DbContextOptions<SettingsDbContext> options, SuiteDbContextServices services) =>
        new(options, services);
}
