using Suite.Stock.Data;
using Suite.Framework.Data;
using Suite.Framework.Modularity;

namespace Suite.Stock;

/// <summary>Products, warehouses, stock documents and balances.</summary>
public sealed class StockModule : SuiteModule
{
    public override void ConfigureServices(ModuleServiceContext context) =>
        context.AddModuleDbContext<StockDbContext>(StockDbProperties.Database);
}
