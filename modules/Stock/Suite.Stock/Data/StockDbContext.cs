using Microsoft.EntityFrameworkCore;
using Suite.Framework.Data;

namespace Suite.Stock.Data;

public sealed class StockDbContext(DbContextOptions<StockDbContext> options, SuiteDbContextServices services)
    : SuiteDbContext(options, services, StockDbProperties.Database);

internal sealed class StockDesignTimeDbContextFactory() : DesignTimeDbContextFactory<StockDbContext>(StockDbProperties.Database)
{
    protected override StockDbContext Create(DbContextOptions<StockDbContext> options, SuiteDbContextServices services) =>
        new(options, services);
}
