using Microsoft.EntityFrameworkCore;
using Suite.Docs.Domain.Attachments;
using Suite.Docs.Domain.Automations;
using Suite.Docs.Domain.Cards;
using Suite.Docs.Domain.Documents;
using Suite.Docs.Domain.Templates;
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
            b.Property(d => d.SourceEvent).HasMaxLength(150);
            b.Property(d => d.EntityTitle).HasMaxLength(500).IsRequired();
            b.Property(d => d.Snapshot).IsRequired();
            b.HasIndex(d => new { d.Kind, d.Number, d.Version }).IsUnique();
            b.HasIndex(d => new { d.EntityType, d.EntityId });
            b.HasIndex(d => d.CreatedAt);
            // The last guard against a redelivered event making a second document; the handler checks first.
            b.HasIndex(d => new { d.EntityType, d.EntityId, d.Kind, d.SourceEvent }).IsUnique();
            b.HasIndex(d => d.OwnerId);
        });

        builder.Entity<Template>(b =>
        {
            b.ToTable(prefix + "Templates");
            b.Property(t => t.Id).ValueGeneratedNever();
            b.Property(t => t.Name).HasMaxLength(200).IsRequired();
            b.Property(t => t.Kind).HasMaxLength(50).IsRequired();
            b.Property(t => t.Format).HasMaxLength(20).IsRequired();
            b.Property(t => t.Body).IsRequired();
            b.Property(t => t.NumberPrefix).HasMaxLength(20).IsRequired();
            b.Property(t => t.BuiltInKey).HasMaxLength(50);
            b.Property(t => t.FileName).HasMaxLength(300);
            b.Ignore(t => t.EntityTypes);
            b.HasIndex(t => t.BuiltInKey).IsUnique();
        });

        builder.Entity<DocumentSeries>(b =>
        {
            b.ToTable(prefix + "DocumentSeries");
            b.HasKey(s => new { s.Prefix, s.Year });
            b.Property(s => s.Prefix).HasMaxLength(20);
        });

        builder.Entity<DocumentAutomation>(b =>
        {
            b.ToTable(prefix + "Automations");
            b.Property(a => a.Id).ValueGeneratedNever();
            b.HasIndex(a => new { a.PipelineId, a.StageId });
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

        builder.ConfigureDispatches(prefix);

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
