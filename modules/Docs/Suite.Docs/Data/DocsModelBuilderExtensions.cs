using Microsoft.EntityFrameworkCore;
using Suite.Docs.Domain.Attachments;
using Suite.Docs.Domain.Cards;
using Suite.Docs.Domain.Documents;
using Suite.Framework.People;

namespace Suite.Docs.Data;

public static class DocsModelBuilderExtensions
{
    public static void ConfigureDocs(this ModelBuilder builder)
    {
        var prefix = DocsDbProperties.Database.TablePrefix;
        builder.ConfigurePeopleCopies(prefix);

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

        builder.Entity<Card>(b =>
        {
            b.ToTable(prefix + "Cards");
            b.Property(c => c.Id).ValueGeneratedNever();
            b.Property(c => c.EntityType).HasMaxLength(50).IsRequired();
            b.Property(c => c.Title).HasMaxLength(500).IsRequired();
            b.Property(c => c.Data).IsRequired();
            b.HasIndex(c => c.CompanyId);
        });

        builder.Entity<StoredFile>(b =>
        {
            b.ToTable(prefix + "Files");
            b.Property(f => f.Id).ValueGeneratedNever();
            b.Property(f => f.Content).IsRequired();
        });

        builder.Entity<Attachment>(b =>
        {
            b.ToTable(prefix + "Attachments");
            b.Property(a => a.Id).ValueGeneratedNever();
            b.Property(a => a.EntityType).HasMaxLength(50).IsRequired();
            b.Property(a => a.FileName).HasMaxLength(Attachment.MaxFileNameLength).IsRequired();
            b.Property(a => a.ContentType).HasMaxLength(100).IsRequired();
            b.Property(a => a.Sha256).HasMaxLength(64).IsRequired();
            b.Ignore(a => a.HasThumbnail);
            b.HasIndex(a => new { a.EntityType, a.EntityId });
        });
    }
}
