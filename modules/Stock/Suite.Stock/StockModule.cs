using FluentValidation;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Suite.Crm.Events;
using Suite.Framework.Data;
using Suite.Framework.Events;
using Suite.Framework.Modularity;
using Suite.Framework.People;
using Suite.Framework.Permissions;
using Suite.Stock.Application;
using Suite.Stock.Application.Balances;
using Suite.Stock.Application.Companies;
using Suite.Stock.Application.Deals;
using Suite.Stock.Application.Documents;
using Suite.Stock.Application.Products;
using Suite.Stock.Application.Reservations;
using Suite.Stock.Application.Settings;
using Suite.Stock.Application.Warehouses;
using Suite.Stock.Data;
using Suite.Stock.DemoData;
using Suite.Stock.EventHandlers;
using Suite.Stock.Http;

namespace Suite.Stock;

/// <summary>Products, warehouses, stock documents and balances.</summary>
public sealed class StockModule : SuiteModule
{
    public override void ConfigureServices(ModuleServiceContext context)
    {
        context.AddModuleDbContext<StockDbContext>(StockDbProperties.Database)
            .Subscribe<DealWonEto, DealWonReservationHandler>()
            .Subscribe<DealCreatedEto, DealCopyHandler>()
            .Subscribe<DealUpdatedEto, DealCopyHandler>()
            .Subscribe<DealRepublishedEto, DealCopyHandler>()
            .Subscribe<DealWonEto, DealCopyHandler>()
            .Subscribe<DealLostEto, DealCopyHandler>()
            .Subscribe<DealDeletedEto, DealCopyHandler>()
            .Subscribe<CompanyMergedEto, DealCopyHandler>()
            .Subscribe<CompanyCreatedEto, CompanyCopyHandler>()
            .Subscribe<CompanyUpdatedEto, CompanyCopyHandler>()
            .Subscribe<CompanyRepublishedEto, CompanyCopyHandler>()
            .Subscribe<CompanyDeletedEto, CompanyCopyHandler>()
            .KeepPeopleCopies();
        context.Services.AddSingleton<PermissionDefinitionProvider, StockPermissionDefinitions>();
        context.AddSearchSources<StockModule>();
        context.AddWeeklyFigures<StockModule>();
        context.Services.AddValidatorsFromAssemblyContaining<StockModule>(includeInternalTypes: true);
        context.Services.AddScoped<StockSettingsService>();
        context.Services.AddScoped<ProductService>();
        context.Services.AddScoped<LowStockWatch>();
        context.Services.AddScoped<StockSummaryService>();
        context.Services.AddScoped<StockChanges>();
        context.Services.AddScoped<WarehouseService>();
        context.Services.AddScoped<DocumentNumbers>();
        context.Services.AddScoped<DocumentService>();
        context.Services.AddScoped<DocumentPosting>();
        context.Services.AddScoped<BalanceService>();
        context.Services.AddScoped<MoveService>();
        context.Services.AddScoped<IStockValuation, StockValuation>();
        context.Services.AddScoped<ReservationService>();
        context.Services.AddScoped<DealService>();
        context.Services.AddScoped<CompanyService>();
        context.Services.AddScoped<ProductExport>();
        context.Services.AddScoped<ProductImport>();
        context.Services.AddScoped<BalanceWorkbook>();
        context.Services.AddScoped<InventoryCount>();
        context.Services.AddBackfill<StockDbContext, ProductSnapshots>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapProducts();
        endpoints.MapWarehouses();
        endpoints.MapDocuments();
        endpoints.MapBalances();
        endpoints.MapReservations();
        endpoints.MapDeals();
        endpoints.MapCompanies();
        endpoints.MapStockFiles();
    }

    public override Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        DocumentNumbers.SeedAsync(services.GetRequiredService<StockDbContext>(), cancellationToken);

    public override Task SeedDemoDataAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        StockDemoData.SeedAsync(services, cancellationToken);
}
