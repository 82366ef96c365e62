using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Suite.Framework.Domain;
using Suite.Framework.Events;

namespace Suite.Framework.Data;

/// <summary>
/// The base of every module's DbContext. One SaveChanges writes the business change, its audit fields,
/// its entity change log rows and its outbox rows, so they commit or roll back together.
/// </summary>
public abstract class SuiteDbContext(DbContextOptions options, SuiteDbContextServices services, ModuleDatabase module)
    : DbContext(options), IEventBusDbContext
{
    public ModuleDatabase Module { get; } = module;
    protected TimeProvider Clock => services.Clock;

    /// <summary>For <see cref="Imports.BulkInsert"/>, which stamps, logs and publishes as SaveChanges does.</summary>
    internal SuiteDbContextServices Services => services;

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();
    public DbSet<EntityChange> EntityChanges => Set<EntityChange>();

    /// <summary>Queues an integration event; it is written with the next SaveChanges and sent after the commit.</summary>
    public void Publish<TEvent>(TEvent integrationEvent) where TEvent : class =>
        OutboxMessages.Add(OutboxMessage.For(integrationEvent, Clock));

    /// <summary>
    /// Makes the save fail with a concurrency conflict when the client edited an older version of the record.
    /// A null stamp means the client does not take part in optimistic concurrency.
    /// </summary>
    public void ExpectConcurrencyStamp(AuditedEntity entity, string? stamp)
    {
        if (stamp is null)
            return;
        if (stamp != entity.ConcurrencyStamp)
            throw new DbUpdateConcurrencyException("The record was changed by someone else.");
        Entry(entity).Property(e => e.ConcurrencyStamp).OriginalValue = stamp;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Use SaveChangesAsync.");

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        var now = Clock.GetUtcNow();
        var userId = services.CurrentUser.Id;

        var changes = ChangeTracker.Entries<AuditedEntity>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        foreach (var entry in changes)
        {
            var change = Describe(entry, now, userId);
            Stamp(entry, now, userId);
            if (change is not null)
                EntityChanges.Add(change);
        }

        // Set before saving: without a transaction of the caller's, EF's own commits inside base.SaveChangesAsync.
        if (ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added))
            _outboxWritten = true;
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            // A single statement is saved without any transaction: it is committed now (or failed).
            if (Database.CurrentTransaction is null)
                OutboxCommitted();
        }
    }

    private bool _outboxWritten;

    /// <summary>Called by <see cref="OutboxCommitSignal"/> when a transaction of this context commits.</summary>
    internal void OutboxCommitted()
    {
        if (!_outboxWritten)
            return;
        _outboxWritten = false;
        services.Signals.Notify(EventBusSignals.Outbox(Module.Module));
    }

    internal void OutboxRolledBack() => _outboxWritten = false;

    private static void Stamp(EntityEntry<AuditedEntity> entry, DateTimeOffset now, Guid? userId)
    {
        var entity = entry.Entity;
        if (entry.State == EntityState.Added)
        {
            entity.CreatedAt = now;
            entity.CreatedBy = userId;
        }
        else if (entry.State == EntityState.Modified)
        {
            entity.ModifiedAt = now;
            entity.ModifiedBy = userId;
        }

        if (entry.State != EntityState.Deleted)
            entity.ConcurrencyStamp = AuditedEntity.NewStamp();
    }

    internal static readonly HashSet<string> NotAudited =
    [
        nameof(AuditedEntity.Id), nameof(AuditedEntity.CreatedAt), nameof(AuditedEntity.CreatedBy),
        nameof(AuditedEntity.ModifiedAt), nameof(AuditedEntity.ModifiedBy), nameof(AuditedEntity.ConcurrencyStamp),
    ];

    private static EntityChange? Describe(EntityEntry<AuditedEntity> entry, DateTimeOffset now, Guid? userId)
    {
        var fields = new List<FieldChange>();
        foreach (var property in entry.Properties.Where(p => !NotAudited.Contains(p.Metadata.Name) && !p.Metadata.IsShadowProperty()))
        {
            var oldValue = entry.State == EntityState.Added ? null : Text(property.OriginalValue);
            var newValue = entry.State == EntityState.Deleted ? null : Text(property.CurrentValue);
            if (oldValue != newValue)
                fields.Add(new FieldChange(JsonNamingPolicy.CamelCase.ConvertName(property.Metadata.Name), oldValue, newValue));
        }

        if (entry.State == EntityState.Modified && fields.Count == 0)
            return null;

        return new EntityChange
        {
            EntityType = entry.Metadata.ClrType.Name,
            EntityId = entry.Entity.Id,
            Kind = entry.State switch
            {
                EntityState.Added => EntityChangeKind.Created,
                EntityState.Deleted => EntityChangeKind.Deleted,
                _ => EntityChangeKind.Updated,
            },
            ChangedAt = now,
            UserId = userId,
            Changes = JsonSerializer.Serialize(fields, EventSerializer.Options),
        };
    }

    internal static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => JsonSerializer.Serialize(value, EventSerializer.Options),
    };

    protected override void OnModelCreating(ModelBuilder builder)
    {
        if (Database.IsNpgsql())
            builder.HasDefaultSchema(Module.Schema);
        builder.ConfigureEventBusAndAudit(Module);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        // SQLite stores DateTimeOffset as text it cannot compare or order; a binary (ticks) column can,
        // and all stored times are UTC, so the order is right.
        if (Database.IsSqlite())
        {
            configuration.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            configuration.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }
}
