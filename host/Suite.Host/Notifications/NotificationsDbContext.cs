using Microsoft.EntityFrameworkCore;
using Suite.Framework.Data;
using Suite.Host.Notifications.Digest;

namespace Suite.Host.Notifications;

/// <summary>Notifications, the users' channel choices, who set each task and the weekly digest's subscriptions and dispatches, in the "notifications" schema.</summary>
public sealed class NotificationsDbContext(DbContextOptions<NotificationsDbContext> options, SuiteDbContextServices services)
    : SuiteDbContext(options, services, NotificationsDbProperties.Database)
{
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<NotificationPreference> Preferences => Set<NotificationPreference>();
    public DbSet<TaskSetter> TaskSetters => Set<TaskSetter>();
    public DbSet<DigestSubscription> DigestSubscriptions => Set<DigestSubscription>();
    public DbSet<DigestDispatch> DigestDispatches => Set<DigestDispatch>();

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
        builder.Entity<DigestSubscription>(b =>
        {
            b.ToTable(prefix + "DigestSubscriptions");
            b.HasKey(s => s.UserId);
            b.Property(s => s.UserId).ValueGeneratedNever();
            // The weekly look reads the subscribers only.
            b.HasIndex(s => s.Weekly);
        });
        builder.Entity<DigestDispatch>(b =>
        {
            b.ToTable(prefix + "DigestDispatches");
            // One digest per user and week, whichever host claims it first (see DigestDispatch).
            b.HasKey(d => new { d.UserId, d.WeekFrom });
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
