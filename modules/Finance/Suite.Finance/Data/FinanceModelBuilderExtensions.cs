using Microsoft.EntityFrameworkCore;
using Suite.Finance.Domain.Customers;

namespace Suite.Finance.Data;

public static class FinanceModelBuilderExtensions
{
    public static void ConfigureFinance(this ModelBuilder builder)
    {
        var prefix = FinanceDbProperties.Database.TablePrefix;

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
        });
    }
}
