using Microsoft.EntityFrameworkCore;
using Suite.Framework.Domain;
using Suite.Framework.Events;

namespace Suite.Framework.Data;

public static class EventBusModelBuilderExtensions
{
    /// <summary>Maps the module's own outbox, inbox, entity change log and completed backfill tables.</summary>
    public static void ConfigureEventBusAndAudit(this ModelBuilder builder, ModuleDatabase module)
    {
        builder.Entity<OutboxMessage>(b =>
        {
            b.ToTable(module.TablePrefix + "OutboxMessages");
            b.HasKey(m => m.Id);
            b.Property(m => m.EventName).HasMaxLength(200);
            b.HasIndex(m => new { m.SentAt, m.Sequence });
            b.Property(m => m.TraceParent).HasMaxLength(100);
        });

        builder.Entity<InboxMessage>(b =>
        {
            b.ToTable(module.TablePrefix + "InboxMessages");
            b.HasKey(m => m.Id);
            b.Property(m => m.Id).ValueGeneratedNever();
            b.Property(m => m.EventName).HasMaxLength(200);
            b.HasIndex(m => new { m.ProcessedAt, m.ParkedAt, m.Sequence });
            b.Property(m => m.TraceParent).HasMaxLength(100);
        });

        builder.Entity<EntityChange>(b =>
        {
            b.ToTable(module.TablePrefix + "EntityChanges");
            b.HasKey(c => c.Id);
            b.Property(c => c.EntityType).HasMaxLength(100);
            b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
            b.HasIndex(c => new { c.EntityType, c.EntityId, c.ChangedAt });
        });

        builder.Entity<Backfill>(b =>
        {
            b.ToTable(module.TablePrefix + "Backfills");
            b.HasKey(f => f.Name);
            b.Property(f => f.Name).HasMaxLength(200);
        });
    }

    /// <summary>The audit columns and the concurrency token every audited record has.</summary>
    public static void ConfigureAudited<T>(this Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<T> b)
        where T : AuditedEntity
    {
        b.Property(e => e.ConcurrencyStamp).HasMaxLength(40).IsConcurrencyToken();
    }
}
