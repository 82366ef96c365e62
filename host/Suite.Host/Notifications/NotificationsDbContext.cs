using Microsoft.EntityFrameworkCore;
using Suite.Framework.Data;

namespace Suite.Host.Notifications;

/// <summary>Notifications, the users' channel choices and who set each task, in the "notifications" schema.</summary>
public sealed class NotificationsDbContext(DbContextOptions<NotificationsDbContext> options, SuiteDbContextServices services)
    : SuiteDbContext(options, services, NotificationsDbProperties.Database)
{
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<NotificationPreference> Preferences => Set<NotificationPreference>();
    public DbSet<TaskSetter> TaskSetters => Set<TaskSetter>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        var prefix = NotificationsDbProperties.Database.TablePrefix;
        builder.Entity<Notification>(b =>
        {
            b.ToTable(prefix + "Notifications");
            b.Property(n => n.Kind).HasMaxLength(50);
            b.Property(n => n.Title).HasMaxLength(Notification.TitleMaxLength);
            b.Property(n => n.Body).HasMaxLength(Notification.BodyMaxLength);
            b.Property(n => n.EntityType).HasMaxLength(50);
            b.Property(n => n.SourceKey).HasMaxLength(200);
            b.HasIndex(n => new { n.RecipientId, n.Kind, n.SourceKey }).IsUnique();
            // The bell: a user's newest, and their unread count.
            b.HasIndex(n => new { n.RecipientId, n.InApp, n.CreatedAt });
            b.HasIndex(n => new { n.RecipientId, n.InApp, n.ReadAt });
        });
        builder.Entity<NotificationPreference>(b =>
        {
            b.ToTable(prefix + "Preferences");
            b.HasKey(p => new { p.UserId, p.Kind });
            b.Property(p => p.Kind).HasMaxLength(50);
            b.Ignore(p => p.Channels);
        });
        builder.Entity<TaskSetter>(b =>
        {
            b.ToTable(prefix + "TaskSetters");
            b.HasKey(s => s.TaskId);
            b.Property(s => s.TaskId).ValueGeneratedNever();
        });
    }
}

/// <summary>For `dotnet ef migrations add`, on the provider <see cref="DesignTimeDatabase"/> names.</summary>
internal sealed class NotificationsDesignTimeDbContextFactory()
    : DesignTimeDbContextFactory<NotificationsDbContext>(NotificationsDbProperties.Database)
{
    protected override NotificationsDbContext Create(DbContextOptions<NotificationsDbContext> options, SuiteDbContextServices services) =>
        new(options, services);
}
