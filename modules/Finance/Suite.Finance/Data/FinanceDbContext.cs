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

public sealed class FinanceDbContext(DbContextOptions<FinanceDbContext> options, SuiteDbContextServices services)
    : SuiteDbContext(options, services, FinanceDbProperties.Database)
{
    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<Domain.Organisation.Organisation> Organisations => Set<Domain.Organisation.Organisation>();
    public DbSet<FinanceSettings> FinanceSettings => Set<FinanceSettings>();
    public DbSet<MoneyAccount> MoneyAccounts => Set<MoneyAccount>();
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<JournalEntry> JournalEntries => Set<JournalEntry>();
    public DbSet<Posting> Postings => Set<Posting>();
    public DbSet<DailyTurnover> DailyTurnovers => Set<DailyTurnover>();
    public DbSet<Invoice> Invoices => Set<Invoice>();
    public DbSet<InvoiceSeries> InvoiceSeries => Set<InvoiceSeries>();
    public DbSet<PaymentAllocation> PaymentAllocations => Set<PaymentAllocation>();
    public DbSet<Deal> Deals => Set<Deal>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<Payment> Payments => Set<Payment>();
    public DbSet<Transfer> Transfers => Set<Transfer>();
    public DbSet<Domain.BankStatements.BankStatement> BankStatements => Set<Domain.BankStatements.BankStatement>();
    public DbSet<Domain.BankStatements.BankStatementLine> BankStatementLines => Set<Domain.BankStatements.BankStatementLine>();

    /// <summary>Finance's copies of Identity's users, for the names of owners and of who posted.</summary>
    public DbSet<PersonCopy> People => Set<PersonCopy>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ConfigureFinance();
    }

    /// <summary>Saves the changes, adding the ledger lines among them to the daily turnovers first.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var posted = ChangeTracker.Entries<Posting>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        await Data.DailyTurnovers.AddAsync(this, posted, cancellationToken);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        base.ConfigureConventions(configuration);
        // Reports add money up in SQL: on SQLite, whole ten-thousandths in integer columns keep the sums exact.
        if (Database.IsSqlite())
        {
            configuration.Properties<decimal>().HaveConversion<TenThousandthsConverter>();
            configuration.Properties<decimal?>().HaveConversion<TenThousandthsConverter>();
        }
    }
}

internal sealed class FinanceDesignTimeDbContextFactory() : DesignTimeDbContextFactory<FinanceDbContext>(FinanceDbProperties.Database)
{
    protected override FinanceDbContext Create(DbContextOptions<FinanceDbContext> options, SuiteDbContextServices services) =>
        new(options, services);
}
