using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Suite.Crm.Domain.Companies;
using Suite.Crm.Domain.Contacts;
using Suite.Crm.Domain.Deals;
using Suite.Crm.Domain.Dictionaries;
using Suite.Crm.Domain.Pipelines;
using Suite.Framework.Data;
using Suite.Framework.People;

namespace Suite.Crm.Data;

public static class CrmModelBuilderExtensions
{
    /// <param name="postgreSql">PostgreSQL gets a trigram index for the substring search, which SQLite does not have.</param>
    public static void ConfigureCrm(this ModelBuilder builder, bool postgreSql)
    {
        if (postgreSql)
            builder.HasPostgresExtension("pg_trgm");

        var prefix = CrmDbProperties.Database.TablePrefix;
        builder.ConfigureDealBoard(prefix, postgreSql);
        builder.ConfigureDealCounters(prefix, postgreSql, KopecksConverter);
        builder.ConfigurePeopleCopies(prefix);

        builder.Entity<Company>(b =>
        {
            b.ToTable(prefix + "Companies");
            b.ConfigureAudited();
            b.Property(c => c.Name).HasMaxLength(300).IsRequired();
            b.Property(c => c.TaxId).HasMaxLength(12);
            b.Property(c => c.Kpp).HasMaxLength(9);
            b.Property(c => c.Address).HasMaxLength(500);
            b.Property(c => c.Phone).HasMaxLength(50);
            b.Property(c => c.Email).HasMaxLength(200);
            b.Property(c => c.Website).HasMaxLength(200);
            b.Property(c => c.SearchText).HasMaxLength(700).IsRequired();
            b.PrimitiveCollection(c => c.Tags);
            b.Property(c => c.CustomFields).StoredAsJson();
            b.HasIndex(c => c.OwnerId);
            b.HasIndex(c => c.Name);
            b.HasIndex(c => new { c.TaxId, c.Kpp }).IsUnique();
            // The list's search is a substring match; without this index every search reads the whole table
            // (measured in bench/: 14 → 100 searches/s over 100,000 companies).
            if (postgreSql)
                b.HasIndex(c => c.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
        });

        builder.Entity<Source>(b => b.ConfigureDictionary(prefix + "Sources"));
        builder.Entity<LossReason>(b => b.ConfigureDictionary(prefix + "LossReasons"));

        builder.ConfigureProducts(prefix, postgreSql);

        builder.Entity<Pipeline>(b =>
        {
            b.ToTable(prefix + "Pipelines");
            b.ConfigureAudited();
            b.Property(p => p.Name).HasMaxLength(200).IsRequired();
            b.Property(p => p.NormalizedName).HasMaxLength(200).IsRequired();
            b.HasIndex(p => p.NormalizedName).IsUnique();
            b.HasMany(p => p.Stages).WithOne().HasForeignKey(s => s.PipelineId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(p => p.Stages).AutoInclude();
            b.Ignore(p => p.OrderedStages);
            b.Ignore(p => p.FirstOpenStage);
            b.Ignore(p => p.WonStage);
            b.Ignore(p => p.LostStage);
        });

        builder.Entity<Stage>(b =>
        {
            b.ToTable(prefix + "Stages");
            // Stages are added through the pipeline's collection with their id already set.
            b.Property(s => s.Id).ValueGeneratedNever();
            b.Property(s => s.Name).HasMaxLength(100).IsRequired();
            b.Property(s => s.Kind).HasConversion<string>().HasMaxLength(10);
        });

        builder.Entity<Deal>(b =>
        {
            b.ToTable(prefix + "Deals");
            b.ConfigureAudited();
            b.Property(d => d.Title).HasMaxLength(300).IsRequired();
            b.Property(d => d.SearchText).HasMaxLength(300).IsRequired();
            b.Property(d => d.Currency).HasMaxLength(3).IsRequired();
            b.Property(d => d.Status).HasConversion<string>().HasMaxLength(10);
            b.Property(d => d.LossComment).HasMaxLength(1000);
            b.Property(d => d.Amount).HasPrecision(18, 2);
            // SQLite keeps decimals as text, which it can neither order nor add up; whole kopecks in an
            // integer column it can, exactly (amounts have at most 2 decimals, validated on input).
            if (!postgreSql)
                b.Property(d => d.Amount).HasConversion(KopecksConverter);
            b.HasOne<Company>().WithMany().HasForeignKey(d => d.CompanyId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<Contact>().WithMany().HasForeignKey(d => d.ContactId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<Pipeline>().WithMany().HasForeignKey(d => d.PipelineId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<Stage>().WithMany().HasForeignKey(d => d.StageId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<Source>().WithMany().HasForeignKey(d => d.SourceId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<LossReason>().WithMany().HasForeignKey(d => d.LossReasonId).OnDelete(DeleteBehavior.Restrict);
            b.HasMany(d => d.Lines).WithOne().HasForeignKey("DealId").IsRequired().OnDelete(DeleteBehavior.Cascade);
            b.Navigation(d => d.Lines).AutoInclude();
            b.HasMany(d => d.StageHistory).WithOne().HasForeignKey(h => h.DealId).OnDelete(DeleteBehavior.Cascade);
            b.Ignore(d => d.IsClosed);
            b.HasIndex(d => d.OwnerId);
            b.HasIndex(d => d.ReopenStageId);
            b.HasIndex(d => d.CreatedAt);
        });

        builder.Entity<DealLine>(b =>
        {
            b.ToTable(prefix + "DealLines");
            // Lines are added through the deal's collection with their id already set.
            b.Property(l => l.Id).ValueGeneratedNever();
            b.Property(l => l.Description).HasMaxLength(500).IsRequired();
            b.Property(l => l.Quantity).HasPrecision(18, 3);
            b.Property(l => l.UnitPrice).HasPrecision(18, 2);
            b.Property(l => l.Amount).HasPrecision(18, 2);
        });

        builder.Entity<DealStageHistory>(b =>
        {
            b.ToTable(prefix + "DealStageHistory");
            b.Property(h => h.Id).ValueGeneratedNever();
            // No foreign key to the stage: the history outlives a stage removed from its pipeline.
            b.HasIndex(h => new { h.DealId, h.EnteredAt });
            b.HasIndex(h => h.StageId);
        });

        builder.ConfigureTimeline(prefix, postgreSql);
        builder.ConfigureReports(prefix, postgreSql);
        builder.ConfigureContacts(prefix, postgreSql);
        builder.ConfigureLeads(prefix, postgreSql);
        builder.ConfigureSales(prefix, postgreSql, KopecksConverter);
    }

    private static readonly ValueConverter<decimal, long> KopecksConverter = new(
        v => (long)Math.Round(v * 100m, MidpointRounding.AwayFromZero),
        v => v / 100m);

    private static void ConfigureDictionary<T>(this Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<T> b, string table)
        where T : DictionaryEntry
    {
        b.ToTable(table);
        b.ConfigureAudited();
        b.Property(e => e.Name).HasMaxLength(100).IsRequired();
        b.Property(e => e.NormalizedName).HasMaxLength(100).IsRequired();
        b.HasIndex(e => e.NormalizedName).IsUnique();
    }
}
