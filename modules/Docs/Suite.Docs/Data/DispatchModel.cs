using Microsoft.EntityFrameworkCore;
using Suite.Docs.Domain.Documents;

namespace Suite.Docs.Data;

internal static class DispatchModel
{
    public static void ConfigureDispatches(this ModelBuilder builder, string prefix) =>
        builder.Entity<DocumentDispatch>(b =>
        {
            b.ToTable(prefix + "DocumentDispatches");
            b.Property(d => d.Id).ValueGeneratedNever();
            b.Property(d => d.To).HasMaxLength(4000).IsRequired();
            b.Property(d => d.Cc).HasMaxLength(4000).IsRequired();
            b.Property(d => d.Subject).HasMaxLength(500).IsRequired();
            // A document's dispatches, newest first (the register's "sent at").
            b.HasIndex(d => new { d.DocumentId, d.SentAt });
        });
}
