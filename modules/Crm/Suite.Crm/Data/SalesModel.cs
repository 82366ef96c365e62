using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Suite.Crm.Domain.SalesFacts;
using Suite.Crm.Domain.SalesPlans;
using Suite.Crm.Domain.Settings;
using Suite.Framework.Data;

namespace Suite.Crm.Data;

/// <summary>The sales facts, the sales plans and Crm's settings row.</summary>
internal static class SalesModel
{
    internal static void ConfigureSales(this ModelBuilder builder, string prefix, bool postgreSql, ValueConverter<decimal, long> kopecks)
    {
        builder.Entity<SalesFact>(b =>
        {
            b.ToTable(prefix + "SalesFacts");
            // The event's own identity: a replay finds its rows by it.
            b.HasKey(f => new { f.Kind, f.DocumentId, f.Line, f.IsReversal });
            b.Property(f => f.Kind).HasConversion<string>().HasMaxLength(10);
            b.Property(f => f.Quantity).HasPrecision(18, 4);
            b.Property(f => f.Amount).HasPrecision(18, 4);
            // Costs come from Stock with up to four decimals; on SQLite whole ten-thousandths add up exactly.
            if (!postgreSql)
            {
                b.Property(f => f.Quantity).HasConversion(new TenThousandthsConverter());
                b.Property(f => f.Amount).HasConversion(new TenThousandthsConverter());
            }

            // Every report reads a period; plan vs fact by deal.
            b.HasIndex(f => f.Date);
            b.HasIndex(f => f.DealId);
        });

        builder.Entity<SalesPlan>(b =>
        {
            b.ToTable(prefix + "SalesPlans");
            b.ConfigureAudited();
            b.Property(p => p.Period).HasMaxLength(7).IsRequired();
            b.Property(p => p.Amount).HasPrecision(18, 2);
            if (!postgreSql)
                b.Property(p => p.Amount).HasConversion(kopecks);
            b.HasIndex(p => new { p.Period, p.OwnerKey }).IsUnique();
        });

        builder.Entity<CrmSettings>(b =>
        {
            b.ToTable(prefix + "Settings");
            b.ConfigureAudited();
            b.Property(s => s.Id).ValueGeneratedNever();
            b.Property(s => s.SalesPlanBasis).HasConversion<string>().HasMaxLength(20);
        });
    }
}
