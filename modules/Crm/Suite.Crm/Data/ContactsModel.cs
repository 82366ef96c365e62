using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Suite.Crm.Domain.Companies;
using Suite.Crm.Domain.Contacts;
using Suite.Crm.Domain.CustomFields;
using Suite.Crm.Domain.Imports;
using Suite.Framework.Data;

namespace Suite.Crm.Data;

/// <summary>Contacts, their duplicate keys, custom field definitions and import jobs.</summary>
internal static class ContactsModel
{
    internal static void ConfigureContacts(this ModelBuilder builder, string prefix, bool postgreSql)
    {
        builder.Entity<Company>(b =>
        {
            b.Property(c => c.NormalizedPhone).HasMaxLength(50);
            b.Property(c => c.NormalizedEmail).HasMaxLength(200);
            b.HasIndex(c => c.NormalizedPhone);
            b.HasIndex(c => c.NormalizedEmail);
        });

        builder.Entity<Contact>(b =>
        {
            b.ToTable(prefix + "Contacts");
            b.ConfigureAudited();
            b.Property(c => c.FirstName).HasMaxLength(100).IsRequired();
            b.Property(c => c.LastName).HasMaxLength(100);
            b.Property(c => c.Position).HasMaxLength(200);
            b.Property(c => c.SearchText).HasMaxLength(700).IsRequired();
            b.PrimitiveCollection(c => c.Phones);
            b.PrimitiveCollection(c => c.Emails);
            b.PrimitiveCollection(c => c.Tags);
            b.Property(c => c.CustomFields).StoredAsJson();
            b.Ignore(c => c.FullName);
            b.HasOne<Company>().WithMany().HasForeignKey(c => c.CompanyId).OnDelete(DeleteBehavior.Restrict);
            b.OwnsMany(c => c.ContactPoints, p =>
            {
                p.ToTable(prefix + "ContactPoints");
                p.WithOwner().HasForeignKey("ContactId");
                p.HasKey(x => x.Id);
                p.Property(x => x.Kind).HasConversion<string>().HasMaxLength(10);
                p.Property(x => x.Value).HasMaxLength(200).IsRequired();
                p.HasIndex(x => new { x.Kind, x.Value });
            });
            b.HasIndex(c => c.OwnerId);
            b.HasIndex(c => c.CompanyId);
            b.HasIndex(c => new { c.LastName, c.FirstName });
            if (postgreSql)
                b.HasIndex(c => c.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
        });

        builder.Entity<CustomFieldDefinition>(b =>
        {
            b.ToTable(prefix + "CustomFields");
            b.ConfigureAudited();
            b.Property(d => d.EntityType).HasConversion<string>().HasMaxLength(10);
            b.Property(d => d.Type).HasConversion<string>().HasMaxLength(10);
            b.Property(d => d.Key).HasMaxLength(100).IsRequired();
            b.Property(d => d.Label).HasMaxLength(200).IsRequired();
            b.PrimitiveCollection(d => d.Options);
            b.HasIndex(d => new { d.EntityType, d.Key }).IsUnique();
        });

        builder.Entity<ImportJob>(b =>
        {
            b.ToTable(prefix + "ImportJobs");
            b.Property(j => j.Target).HasConversion<string>().HasMaxLength(10);
            b.Property(j => j.Status).HasConversion<string>().HasMaxLength(10);
            b.Property(j => j.Duplicates).HasConversion<string>().HasMaxLength(10);
            b.Property(j => j.FileName).HasMaxLength(300).IsRequired();
            b.Property(j => j.Failure).HasMaxLength(1000);
            b.PrimitiveCollection(j => j.Permissions);
            b.Property(j => j.Mapping).StoredAsJson();
            b.Property(j => j.Errors).HasConversion(
                v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null),
                v => JsonSerializer.Deserialize<List<ImportRowError>>(v, (JsonSerializerOptions?)null) ?? new List<ImportRowError>(),
                new ValueComparer<List<ImportRowError>>(
                    (x, y) => x!.SequenceEqual(y!),
                    v => v.Count,
                    v => v.ToList()));
            b.HasIndex(j => j.UserId);
        });
    }
}
