using Microsoft.EntityFrameworkCore;
using Suite.Finance.Domain.Customers;
using Suite.Framework.Data;

namespace Suite.Finance.Data;

public sealed class FinanceDbContext(DbContextOptions<FinanceDbContext> options, SuiteDbContextServices services)
    : SuiteDbContext(options, services, FinanceDbProperties.Database)
{
    public DbSet<Customer> Customers => Set<Customer>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ConfigureFinance();
    }
}

internal sealed class FinanceDesignTimeDbContextFactory() : DesignTimeDbContextFactory<FinanceDbContext>(FinanceDbProperties.Database)
{
    protected override FinanceDbContext Create(DbContextOptions<FinanceDbContext> options, SuiteDbContextServices services) =>
        new(options, services);
}
