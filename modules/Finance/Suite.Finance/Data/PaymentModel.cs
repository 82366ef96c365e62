using Microsoft.EntityFrameworkCore;
using Suite.Finance.Domain.BankStatements;
using Suite.Finance.Domain.Payments;
using Suite.Framework.Data;

namespace Suite.Finance.Data;

/// <summary>The tables of payments, transfers and bank statements.</summary>
internal static class PaymentModel
{
    public static void ConfigurePayments(this ModelBuilder builder, string prefix)
    {
        builder.Entity<Payment>(b =>
        {
            b.ToTable(prefix + "Payments", t =>
            {
                t.HasCheckConstraint("CK_FinancePayments_Amount", "\"Amount\" > 0");
                // A payment is never applied to invoices beyond its amount, whatever the code does.
                t.HasCheckConstraint("CK_FinancePayments_Allocated", "\"Allocated\" >= 0 AND \"Allocated\" <= \"Amount\"");
            });
            b.ConfigureAudited();
            b.Property(p => p.Number).HasMaxLength(30).IsRequired();
            b.Property(p => p.Direction).HasConversion<string>().HasMaxLength(10);
            b.Property(p => p.Status).HasConversion<string>().HasMaxLength(10);
            b.Property(p => p.Source).HasConversion<string>().HasMaxLength(10);
            b.Property(p => p.Purpose).HasMaxLength(1000);
            b.Property(p => p.Amount).HasPrecision(18, 2);
            b.Property(p => p.Allocated).HasPrecision(18, 2);
            b.Ignore(p => p.Unallocated);
            b.HasIndex(p => p.Number).IsUnique();
            b.HasIndex(p => p.Date);
            b.HasIndex(p => new { p.AccountId, p.Date });
            b.HasIndex(p => p.CompanyId);
            b.HasMany(p => p.Allocations).WithOne().HasForeignKey(a => a.PaymentId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<Transfer>(b =>
        {
            b.ToTable(prefix + "Transfers", t => t.HasCheckConstraint("CK_FinanceTransfers_Amount",
                "\"Amount\" > 0 AND \"FromAccountId\" <> \"ToAccountId\""));
            b.ConfigureAudited();
            b.Property(t => t.Number).HasMaxLength(30).IsRequired();
            b.Property(t => t.Purpose).HasMaxLength(1000);
            b.Property(t => t.Amount).HasPrecision(18, 2);
            b.HasIndex(t => t.Number).IsUnique();
            b.HasIndex(t => t.Date);
            b.HasIndex(t => t.FromAccountId);
            b.HasIndex(t => t.ToAccountId);
        });

        builder.Entity<BankStatement>(b =>
        {
            b.ToTable(prefix + "BankStatements");
            b.ConfigureAudited();
            b.Property(s => s.FileName).HasMaxLength(200).IsRequired();
            b.Property(s => s.Format).HasMaxLength(50).IsRequired();
            b.Property(s => s.Encoding).HasMaxLength(20).IsRequired();
            b.Property(s => s.OpeningBalance).HasPrecision(18, 2);
            b.Property(s => s.TotalReceived).HasPrecision(18, 2);
            b.Property(s => s.TotalDebited).HasPrecision(18, 2);
            b.Property(s => s.ClosingBalance).HasPrecision(18, 2);
            b.HasIndex(s => new { s.AccountId, s.CreatedAt });
        });

        builder.Entity<BankStatementLine>(b =>
        {
            b.ToTable(prefix + "BankStatementLines");
            b.ConfigureAudited();
            b.Property(l => l.Number).HasMaxLength(50).IsRequired();
            b.Property(l => l.Direction).HasConversion<string>().HasMaxLength(10);
            b.Property(l => l.Status).HasConversion<string>().HasMaxLength(10);
            b.Property(l => l.Amount).HasPrecision(18, 2);
            b.Property(l => l.PayerName).HasMaxLength(300);
            b.Property(l => l.PayerTaxId).HasMaxLength(12);
            b.Property(l => l.PayerAccount).HasMaxLength(20);
            b.Property(l => l.RecipientName).HasMaxLength(300);
            b.Property(l => l.RecipientTaxId).HasMaxLength(12);
            b.Property(l => l.RecipientAccount).HasMaxLength(20);
            b.Property(l => l.Purpose).HasMaxLength(1000);
            b.Property(l => l.CounterpartyKey).HasMaxLength(40).IsRequired();
            b.Ignore(l => l.CounterpartyTaxId);
            // A document the bank lists again in the next statement is the same line: importing it twice adds nothing.
            b.HasIndex(l => new { l.AccountId, l.Date, l.Number, l.Amount, l.Direction, l.CounterpartyKey }).IsUnique();
            b.HasIndex(l => new { l.Status, l.Date });
            b.HasIndex(l => l.StatementId);
            b.HasIndex(l => l.PaymentId);
        });
    }
}
