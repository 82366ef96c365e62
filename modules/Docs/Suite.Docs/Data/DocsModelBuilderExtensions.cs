using Microsoft.EntityFrameworkCore;
using Suite.Docs.Domain.Documents;

namespace Suite.Docs.Data;

public static class DocsModelBuilderExtensions
{
    public static void ConfigureDocs(this ModelBuilder builder)
    {
        var prefix = DocsDbProperties.Database.TablePrefix;

        builder.Entity<Document>(b =>
        {
            b.ToTable(prefix + "Documents");
            b.Property(d => d.Id).ValueGeneratedNever();
            b.Property(d => d.Kind).HasMaxLength(50).IsRequired();
            b.Property(d => d.EntityType).HasMaxLength(50).IsRequired();
            b.Property(d => d.Number).HasMaxLength(50).IsRequired();
            b.Property(d => d.Title).HasMaxLength(300).IsRequired();
            b.Property(d => d.FileName).HasMaxLength(300).IsRequired();
            b.Property(d => d.ContentType).HasMaxLength(100).IsRequired();
            b.Property(d => d.SourceEvent).HasMaxLength(100).IsRequired();
            b.Property(d => d.Snapshot).IsRequired();
            b.HasIndex(d => new { d.EntityType, d.EntityId, d.Kind, d.Version }).IsUnique();
            // The last guard against a redelivered event making a second document; the handler checks first.
            b.HasIndex(d => new { d.EntityType, d.EntityId, d.Kind, d.SourceEvent }).IsUnique();
            b.HasIndex(d => d.OwnerId);
        });

        builder.Entity<StoredFile>(b =>
        {
            b.ToTable(prefix + "Files");
            b.Property(f => f.Id).ValueGeneratedNever();
            b.Property(f => f.Content).IsRequired();
        });

        builder.ConfigureDispatches(prefix);
    }
}
