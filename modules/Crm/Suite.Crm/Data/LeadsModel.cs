using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Suite.Crm.Domain.Dictionaries;
using Suite.Crm.Domain.Leads;
using Suite.Crm.Domain.WebForms;
using Suite.Framework.Data;

namespace Suite.Crm.Data;

internal static class LeadsModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    internal static void ConfigureLeads(this ModelBuilder builder, string prefix, bool postgreSql)
    {
        builder.Entity<Lead>(b =>
        {
            b.ToTable(prefix + "Leads");
            b.ConfigureAudited();
            b.Property(l => l.Title).HasMaxLength(300).IsRequired();
            b.Property(l => l.Name).HasMaxLength(200);
            b.Property(l => l.Phone).HasMaxLength(50);
            b.Property(l => l.Email).HasMaxLength(200);
            b.Property(l => l.CompanyName).HasMaxLength(300);
            b.Property(l => l.TaxId).HasMaxLength(12);
            b.Property(l => l.Comment).HasMaxLength(2000);
            b.Property(l => l.JunkReason).HasMaxLength(500);
            b.Property(l => l.Status).HasConversion<string>().HasMaxLength(10);
            b.Property(l => l.SearchText).HasMaxLength(1100).IsRequired();
            b.HasOne<Source>().WithMany().HasForeignKey(l => l.SourceId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<WebForm>().WithMany().HasForeignKey(l => l.WebFormId).OnDelete(DeleteBehavior.SetNull);
            b.Ignore(l => l.IsConverted);
            b.HasIndex(l => new { l.OwnerId, l.CreatedAt });
            var created = b.HasIndex(l => l.CreatedAt);
            b.HasIndex(l => l.Status);
            if (postgreSql)
            {
                b.HasIndex(l => l.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
                // New leads and response speed by source, owner and status over a period, from the index alone.
                created.IncludeProperties(l => new { l.OwnerId, l.SourceId, l.Status });
            }
        });

        builder.Entity<WebForm>(b =>
        {
            b.ToTable(prefix + "WebForms");
            b.ConfigureAudited();
            b.Property(f => f.Name).HasMaxLength(200).IsRequired();
            b.Property(f => f.FormKey).HasMaxLength(40).IsRequired();
            b.HasIndex(f => f.FormKey).IsUnique();
            b.Property(f => f.Assignment).HasConversion<string>().HasMaxLength(20);
            b.Property(f => f.SuccessMessage).HasMaxLength(500);
            b.PrimitiveCollection(f => f.RoundRobinUserIds);
            b.Property(f => f.Fields).HasConversion(
                v => JsonSerializer.Serialize(v, Json),
                v => JsonSerializer.Deserialize<List<WebFormField>>(v, Json) ?? new List<WebFormField>(),
                new ValueComparer<List<WebFormField>>(
                    (x, y) => x!.SequenceEqual(y!),
                    v => v.Aggregate(0, (hash, f) => HashCode.Combine(hash, f)),
                    v => v.ToList()));
            b.HasOne<Source>().WithMany().HasForeignKey(f => f.SourceId).OnDelete(DeleteBehavior.Restrict);
            b.Ignore(f => f.UsesRoundRobin);
        });
    }
}
