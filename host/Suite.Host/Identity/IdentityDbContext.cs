using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Suite.Framework.Data;
using Suite.Framework.Events;

namespace Suite.Host.Identity;

/// <summary>
/// Users, roles and the permissions roles grant (as role claims), in the "identity" schema, with identity's own
/// outbox (Identity.User.* events go out in the same transaction as the user change) and audit log (lockouts).
/// </summary>
public sealed class SuiteIdentityDbContext(
    DbContextOptions<SuiteIdentityDbContext> options, EventBusSignals? signals = null, TimeProvider? clock = null)
    : IdentityDbContext<SuiteUser, SuiteRole, Guid>(options), IEventBusDbContext
{
    public static readonly ModuleDatabase Module = new("identity", "identity", "Identity");

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();
    public DbSet<EntityChange> EntityChanges => Set<EntityChange>();

    public TimeProvider Clock { get; } = clock ?? TimeProvider.System;

    /// <summary>Queues an integration event; it is written with the next SaveChanges and sent after the commit.</summary>
    public void Publish<TEvent>(TEvent integrationEvent) where TEvent : class =>
        OutboxMessages.Add(OutboxMessage.For(integrationEvent, Clock));

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var publishes = ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added);
        var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (publishes)
            signals?.Notify(EventBusSignals.Outbox(Module.Module));
        return written;
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        if (Database.IsNpgsql())
            builder.HasDefaultSchema(Module.Schema);

        var prefix = Module.TablePrefix;
        builder.Entity<SuiteUser>(b =>
        {
            b.ToTable(prefix + "Users");
            b.Property(u => u.Language).HasMaxLength(5);
            b.Property(u => u.FullName).HasMaxLength(SuiteUser.FullNameMaxLength);
            b.Property(u => u.Position).HasMaxLength(SuiteUser.PositionMaxLength);
            // Existing users stay active; the sentinel lets EF insert an explicit false.
            b.Property(u => u.IsActive).HasDefaultValue(true).HasSentinel(true);
            b.Property(u => u.SearchText).HasMaxLength(1000);
            b.Ignore(u => u.DisplayName);
            // The supervisor rules are checked by the users API on both providers; PostgreSQL guards them again. On SQLite a
            // foreign key or check added to an existing table means rebuilding IdentityUsers, and dropping the old table
            // inside the migration's transaction would cascade-delete every user's roles, claims and tokens.
            if (Database.IsNpgsql())
            {
                b.HasOne<SuiteUser>().WithMany().HasForeignKey(u => u.SupervisorId).OnDelete(DeleteBehavior.Restrict);
                b.ToTable(t => t.HasCheckConstraint("CK_IdentityUsers_NotOwnSupervisor", "\"SupervisorId\" IS NULL OR \"SupervisorId\" <> \"Id\""));
            }
        });
        builder.Entity<SuiteRole>().ToTable(prefix + "Roles");
        builder.Entity<IdentityUserRole<Guid>>().ToTable(prefix + "UserRoles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable(prefix + "UserClaims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable(prefix + "UserLogins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable(prefix + "UserTokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable(prefix + "RoleClaims");

        builder.ConfigureEventBusAndAudit(Module);
        if (Database.IsSqlite())
            StoreEventBusTimesAsTicks(builder);
    }

    /// <summary>
    /// As in every SuiteDbContext: SQLite cannot compare or order DateTimeOffset text, which the outbox sender,
    /// cleanup and health check do. Only the event bus and audit tables: Identity's own columns keep their format.
    /// </summary>
    private static void StoreEventBusTimesAsTicks(ModelBuilder builder)
    {
        foreach (var type in new[] { typeof(OutboxMessage), typeof(InboxMessage), typeof(EntityChange), typeof(Backfill) })
            foreach (var property in builder.Entity(type).Metadata.GetProperties())
                if (property.ClrType == typeof(DateTimeOffset) || property.ClrType == typeof(DateTimeOffset?))
                    property.SetValueConverter(new DateTimeOffsetToBinaryConverter());
    }
}

/// <summary>For `dotnet ef migrations add`, on the provider <see cref="DesignTimeDatabase"/> names.</summary>
internal sealed class IdentityDesignTimeDbContextFactory : IDesignTimeDbContextFactory<SuiteIdentityDbContext>
{
    public SuiteIdentityDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<SuiteIdentityDbContext>();
        builder.UseSuiteDatabase(DesignTimeDatabase.FromEnvironment(), SuiteIdentityDbContext.Module);
        return new SuiteIdentityDbContext(builder.Options);
    }
}
