using Microsoft.EntityFrameworkCore;
using Suite.Framework.Data;
using Suite.Framework.People;
using Suite.Stock.Domain.Companies;
using Suite.Stock.Domain.Deals;
using Suite.Stock.Domain.Documents;
using Suite.Stock.Domain.Ledger;
using Suite.Stock.Domain.Products;
using Suite.Stock.Domain.Reservations;
using Suite.Stock.Domain.Settings;
using Suite.Stock.Domain.Warehouses;

namespace Suite.Stock.Data;

public sealed class StockDbContext(DbContextOptions<StockDbContext> options, SuiteDbContextServices services)
    : SuiteDbContext(options, services, StockDbProperties.Database)
{
    public DbSet<Product> Products => Set<Product>();
    public DbSet<LowStockAlert> LowStockAlerts => Set<LowStockAlert>();
    public DbSet<Warehouse> Warehouses => Set<Warehouse>();
    public DbSet<StockDocument> Documents => Set<StockDocument>();
    public DbSet<DocumentNumberCounter> DocumentNumbers => Set<DocumentNumberCounter>();
    public DbSet<StockMove> Moves => Set<StockMove>();
    public DbSet<StockBalance> Balances => Set<StockBalance>();
    public DbSet<CostLayer> CostLayers => Set<CostLayer>();
    public DbSet<Reservation> Reservations => Set<Reservation>();
    public DbSet<StockSettings> Settings => Set<StockSettings>();
    public DbSet<Deal> Deals => Set<Deal>();
    public DbSet<Company> Companies => Set<Company>();

    /// <summary>Stock's copies of Identity's users, for the names of who reserved and who owns.</summary>
    public DbSet<PersonCopy> People => Set<PersonCopy>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ConfigureStock(Database.IsNpgsql());
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        base.ConfigureConventions(configuration);
        // SQLite keeps decimals as text, which it can neither compare, order nor add up. Stock's numbers have at
        // most 4 decimals (validated on input), so ten-thousandths in an integer column keep them exact and let
        // the database enforce "never negative" with a plain check.
        if (Database.IsSqlite())
        {
            configuration.Properties<decimal>().HaveConversion<TenThousandthsConverter>();
            configuration.Properties<decimal?>().HaveConversion<TenThousandthsConverter>();
        }
    }
}

internal sealed class StockDesignTimeDbContextFactory() : DesignTimeDbContextFactory<StockDbContext>(StockDbProperties.Database)
{
    protected override StockDbContext Create(DbContextOptions<StockDbContext> options, SuiteDbContextServices services) =>
        new(options, services);
}
