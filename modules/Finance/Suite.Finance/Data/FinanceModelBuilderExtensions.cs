using Microsoft.EntityFrameworkCore;
using Suite.Finance.Domain.Customers;
using Suite.Finance.Domain.Deals;
using Suite.Finance.Domain.Invoices;
using Suite.Finance.Domain.Ledger;
using Suite.Finance.Domain.Money;
using Suite.Finance.Domain.Payments;
using Suite.Finance.Domain.Products;
using Suite.Finance.Domain.Settings;
using Suite.Framework.Data;
using Suite.Framework.People;

namespace Suite.Finance.Data;

public static class FinanceModelBuilderExtensions
{
    public static void ConfigureFinance(this ModelBuilder builder)
    {
        var prefix = FinanceDbProperties.Database.TablePrefix;
        builder.ConfigurePeopleCopies(prefix);
        builder.ConfigurePayments(prefix);

        builder.Entity<Customer>(b =>
        {
            b.ToTable(prefix + "Customers");
            b.Property(c => c.Id).ValueGeneratedNever();
            b.Property(c => c.Name).HasMaxLength(300).IsRequired();
            b.Property(c => c.TaxId).HasMaxLength(12);
            b.Property(c => c.Kpp).HasMaxLength(9);
            b.Property(c => c.Address).HasMaxLength(500);
            b.Property(c => c.SearchText).HasMaxLength(400).IsRequired();
            b.HasIndex(c => c.Name);
            b.HasIndex(c => c.TaxId);
            b.HasIndex(c => c.OwnerId);
        });

        builder.Entity<Domain.Organisation.Organisation>(b =>
        {
            b.ToTable(prefix + "Organisation");
            b.ConfigureAudited();
            b.Property(o => o.Id).ValueGeneratedNever();
            b.Property(o => o.Name).HasMaxLength(300).IsRequired();
            b.Property(o => o.ShortName).HasMaxLength(150).IsRequired();
            b.Property(o => o.TaxId).HasMaxLength(12);
            b.Property(o => o.Kpp).HasMaxLength(9);
            b.Property(o => o.Ogrn).HasMaxLength(15);
            b.Property(o => o.LegalAddress).HasMaxLength(500);
            b.Property(o => o.PostalAddress).HasMaxLength(500);
            b.Property(o => o.Director).HasMaxLength(200);
            b.Property(o => o.ChiefAccountant).HasMaxLength(200);
            b.Property(o => o.Phone).HasMaxLength(200);
            b.Property(o => o.Email).HasMaxLength(200);
            b.Property(o => o.TaxRegime).HasConversion<string>().HasMaxLength(10);
            b.Property(o => o.DefaultVatRate).HasPrecision(5, 2);
        });

        builder.Entity<FinanceSettings>(b =>
        {
            b.ToTable(prefix + "Settings");
            b.ConfigureAudited();
            b.Property(s => s.Id).ValueGeneratedNever();
            b.Property(s => s.InvoicePrefix).HasMaxLength(10).IsRequired();
        });

        builder.Entity<MoneyAccount>(b =>
        {
            b.ToTable(prefix + "MoneyAccounts", t =>
                // A cash desk cannot hand out more than it holds, whatever the code does.
                t.HasCheckConstraint("CK_FinanceMoneyAccounts_CashBalance", "\"Kind\" <> 'Cash' OR \"Balance\" >= 0"));
            b.ConfigureAudited();
            b.Property(a => a.Name).HasMaxLength(200).IsRequired();
            b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(10);
            b.Property(a => a.Currency).HasMaxLength(3).IsRequired();
            b.Property(a => a.BankName).HasMaxLength(300);
            b.Property(a => a.Bic).HasMaxLength(9);
            b.Property(a => a.AccountNumber).HasMaxLength(20);
            b.Property(a => a.CorrespondentAccount).HasMaxLength(20);
            b.Property(a => a.Balance).HasPrecision(18, 2);
            b.Ignore(a => a.LedgerAccount);
            b.HasIndex(a => a.AccountNumber).IsUnique();
        });

        builder.Entity<Article>(b =>
        {
            b.ToTable(prefix + "Articles");
            b.ConfigureAudited();
            b.Property(a => a.Name).HasMaxLength(200).IsRequired();
            b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(10);
            b.Property(a => a.LedgerAccount).HasMaxLength(10).IsRequired();
            b.Property(a => a.Code).HasMaxLength(50);
            b.HasIndex(a => a.Code).IsUnique();
        });

        builder.Entity<JournalEntry>(b =>
        {
            b.ToTable(prefix + "JournalEntries");
            b.Property(e => e.Operation).HasMaxLength(50).IsRequired();
            b.Property(e => e.Description).HasMaxLength(500).IsRequired();
            b.HasIndex(e => e.SourceId);
            b.HasIndex(e => e.Date);
            b.HasMany(e => e.Postings).WithOne().HasForeignKey(p => p.EntryId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<Posting>(b =>
        {
            b.ToTable(prefix + "Postings", t =>
            {
                // Each line debits one account and credits another by the same amount: an entry made of lines is
                // balanced by construction, and these checks refuse a line that is not a line (one-sided or empty).
                t.HasCheckConstraint("CK_FinancePostings_Accounts", "\"DebitAccount\" <> \"CreditAccount\"");
                t.HasCheckConstraint("CK_FinancePostings_Amount", "\"Amount\" <> 0");
            });
            b.Property(p => p.DebitAccount).HasMaxLength(10).IsRequired();
            b.Property(p => p.CreditAccount).HasMaxLength(10).IsRequired();
            b.Property(p => p.Amount).HasPrecision(18, 2);
            b.HasIndex(p => new { p.Date, p.DebitAccount });
            b.HasIndex(p => new { p.Date, p.CreditAccount });
            b.HasIndex(p => p.CompanyId);
            b.HasIndex(p => p.InvoiceId);
            b.HasIndex(p => p.DebitMoneyAccountId);
            b.HasIndex(p => p.CreditMoneyAccountId);
        });

        builder.Entity<DailyTurnover>(b =>
        {
            b.ToTable(prefix + "DailyTurnovers");
            b.HasKey(t => new { t.Date, t.Account, t.ArticleId });
            b.Property(t => t.Account).HasMaxLength(10);
            b.Property(t => t.Debit).HasPrecision(18, 2);
            b.Property(t => t.Credit).HasPrecision(18, 2);
        });

        builder.Entity<Invoice>(b =>
        {
            b.ToTable(prefix + "Invoices", t =>
            {
                t.HasCheckConstraint("CK_FinanceInvoices_AmountPaid", "\"AmountPaid\" >= 0 AND \"AmountPaid\" <= \"Total\"");
            });
            b.ConfigureAudited();
            b.Property(i => i.Number).HasMaxLength(30);
            b.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
            b.Property(i => i.Currency).HasMaxLength(3).IsRequired();
            b.Property(i => i.Comment).HasMaxLength(1000);
            b.Property(i => i.TotalNet).HasPrecision(18, 2);
            b.Property(i => i.TotalVat).HasPrecision(18, 2);
            b.Property(i => i.Total).HasPrecision(18, 2);
            b.Property(i => i.AmountPaid).HasPrecision(18, 2);
            b.Property(i => i.BuyerName).HasMaxLength(300);
            b.Property(i => i.BuyerTaxId).HasMaxLength(12);
            b.Property(i => i.BuyerKpp).HasMaxLength(9);
            b.Property(i => i.BuyerAddress).HasMaxLength(500);
            b.Ignore(i => i.AmountDue);
            b.Ignore(i => i.IsOpen);
            b.HasIndex(i => i.Number).IsUnique();
            b.HasIndex(i => new { i.CompanyId, i.Status });
            b.HasIndex(i => i.DealId);
            b.HasIndex(i => i.OwnerId);
            b.HasIndex(i => new { i.Status, i.DueDate });
            b.HasIndex(i => i.IssueDate);
            b.HasMany(i => i.Lines).WithOne().HasForeignKey(l => l.InvoiceId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(i => i.Lines).AutoInclude();
        });

        builder.Entity<InvoiceLine>(b =>
        {
            b.ToTable(prefix + "InvoiceLines");
            // Ids are made with the line, so a line added to a tracked draft is new, not a changed row.
            b.Property(l => l.Id).ValueGeneratedNever();
            b.Property(l => l.Description).HasMaxLength(500).IsRequired();
            b.Property(l => l.Unit).HasMaxLength(20).IsRequired();
            b.Property(l => l.Quantity).HasPrecision(18, 3);
            b.Property(l => l.UnitPrice).HasPrecision(18, 2);
            b.Property(l => l.VatRate).HasPrecision(5, 2);
            b.Property(l => l.Net).HasPrecision(18, 2);
            b.Property(l => l.Vat).HasPrecision(18, 2);
            b.Property(l => l.Total).HasPrecision(18, 2);
        });

        builder.Entity<InvoiceSeries>(b =>
        {
            b.ToTable(prefix + "InvoiceSeries");
            b.HasKey(s => new { s.Prefix, s.Year });
            b.Property(s => s.Prefix).HasMaxLength(10);
        });

        builder.Entity<PaymentAllocation>(b =>
        {
            b.ToTable(prefix + "PaymentAllocations", t => t.HasCheckConstraint("CK_FinancePaymentAllocations_Amount", "\"Amount\" > 0"));
            b.Property(a => a.Amount).HasPrecision(18, 2);
            b.HasIndex(a => a.PaymentId);
            b.HasIndex(a => new { a.InvoiceId, a.Date });
            b.HasIndex(a => new { a.CompanyId, a.Date });
        });

        builder.Entity<Deal>(b =>
        {
            b.ToTable(prefix + "Deals");
            b.Property(d => d.Id).ValueGeneratedNever();
            b.Property(d => d.Title).HasMaxLength(300).IsRequired();
            b.Property(d => d.SearchText).HasMaxLength(300).IsRequired();
            b.Property(d => d.Status).HasMaxLength(10).IsRequired();
            b.HasIndex(d => new { d.OwnerId, d.Title });
            b.HasIndex(d => d.CompanyId);
            b.HasMany(d => d.Lines).WithOne().HasForeignKey(l => l.DealId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(d => d.Lines).AutoInclude();
        });

        builder.Entity<DealLine>(b =>
        {
            b.ToTable(prefix + "DealLines");
            b.Property(l => l.Id).ValueGeneratedNever();
            b.Property(l => l.Description).HasMaxLength(500).IsRequired();
            b.Property(l => l.Quantity).HasPrecision(18, 3);
            b.Property(l => l.UnitPrice).HasPrecision(18, 2);
            b.Property(l => l.Amount).HasPrecision(18, 2);
        });

        builder.Entity<Product>(b =>
        {
            b.ToTable(prefix + "Products");
            b.Property(p => p.Id).ValueGeneratedNever();
            b.Property(p => p.Sku).HasMaxLength(64).IsRequired();
            b.Property(p => p.Name).HasMaxLength(300).IsRequired();
            b.Property(p => p.Unit).HasMaxLength(20).IsRequired();
            b.Property(p => p.SalePrice).HasPrecision(18, 2);
            b.Property(p => p.VatRate).HasPrecision(5, 2);
            b.Property(p => p.SearchText).HasMaxLength(400).IsRequired();
            b.HasIndex(p => p.Sku);
        });
    }
}
