using FluentValidation;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Suite.Crm.Events;
using Suite.Finance.Application.BankStatements;
using Suite.Finance.Application.Customers;
using Suite.Finance.Application.Deals;
using Suite.Finance.Application.Invoices;
using Suite.Finance.Application.Ledger;
using Suite.Finance.Application.Money;
using Suite.Finance.Application.Organisation;
using Suite.Finance.Application.Reports;
using Suite.Finance.Application.Products;
using Suite.Finance.Application.Receivables;
using Suite.Finance.Application.Payments;
using Suite.Finance.Application.Settings;
using Suite.Finance.Data;
using Suite.Finance.DemoData;
using Suite.Finance.EventHandlers;
using Suite.Finance.Http;
using Suite.Framework.Data;
using Suite.Framework.Events;
using Suite.Framework.Modularity;
using Suite.Framework.People;
using Suite.Framework.Permissions;
using Suite.Stock.Events;

namespace Suite.Finance;

/// <summary>Invoices, payments, cash desks and bank accounts, receivables and the money reports, on a double-entry ledger.</summary>
public sealed class FinanceModule : SuiteModule
{
    public override void ConfigureServices(ModuleServiceContext context)
    {
        context.AddModuleDbContext<FinanceDbContext>(FinanceDbProperties.Database)
            .Subscribe<CompanyCreatedEto, CustomerCopyHandler>()
            .Subscribe<CompanyUpdatedEto, CustomerCopyHandler>()
            .Subscribe<CompanyRepublishedEto, CustomerCopyHandler>()
            .Subscribe<CompanyDeletedEto, CustomerCopyHandler>()
            .Subscribe<StockDocumentPostedEto, StockDocumentHandler>()
            .Subscribe<StockDocumentCancelledEto, StockDocumentHandler>()
            .Subscribe<DealCreatedEto, DealCopyHandler>()
            .Subscribe<DealUpdatedEto, DealCopyHandler>()
            .Subscribe<DealRepublishedEto, DealCopyHandler>()
            .Subscribe<DealWonEto, DealCopyHandler>()
            .Subscribe<DealLostEto, DealCopyHandler>()
            .Subscribe<DealDeletedEto, DealCopyHandler>()
            .Subscribe<CompanyMergedEto, DealCopyHandler>()
            .Subscribe<ProductCreatedEto, ProductCopyHandler>()
            .Subscribe<ProductUpdatedEto, ProductCopyHandler>()
            .Subscribe<ProductRepublishedEto, ProductCopyHandler>()
            .KeepPeopleCopies();
        context.Services.AddSingleton<PermissionDefinitionProvider, FinancePermissionDefinitions>();
        context.AddSearchSources<FinanceModule>();
        context.AddWeeklyFigures<FinanceModule>();
        context.Services.AddValidatorsFromAssemblyContaining<FinanceModule>(includeInternalTypes: true);
        context.Services.AddScoped<CustomerService>();
        context.Services.AddScoped<FinanceSettingsReader>();
        context.Services.AddScoped<FinanceSettingsService>();
        context.Services.AddScoped<OrganisationService>();
        context.Services.AddBackfill<FinanceDbContext, OrganisationSnapshots>();
        context.Services.AddScoped<MoneyAccountService>();
        context.Services.AddScoped<ArticleService>();
        context.Services.AddScoped<Books>();
        context.Services.AddScoped<InvoiceNumbers>();
        context.Services.AddScoped<LedgerList>();
        context.Services.AddScoped<InventoryCheck>();
        context.Services.AddScoped<ProfitAndLossReport>();
        context.Services.AddScoped<CashFlowReport>();
        context.Services.AddScoped<TrialBalanceReport>();
        context.Services.AddScoped<ReportExports>();
        context.Services.AddScoped<InvoiceService>();
        context.Services.AddSingleton(new OverdueWatchOptions(
            context.Configuration.GetValue<TimeSpan?>("Finance:OverdueCheckInterval") ?? TimeSpan.FromMinutes(5)));
        context.Services.AddHostedService<OverdueWatch>();
        context.Services.AddScoped<DealService>();
        context.Services.AddScoped<ReceivablesService>();
        context.Services.AddScoped<ReceivablesWorkbook>();
        context.Services.AddScoped<ProductService>();
        context.Services.AddScoped<PaymentService>();
        context.Services.AddScoped<TransferService>();
        context.Services.AddSingleton<IBankStatementParser, ClientBankExchangeParser>();
        context.Services.AddScoped<InvoiceMatcher>();
        context.Services.AddScoped<BankStatementImport>();
        context.Services.AddScoped<BankStatementReview>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapCustomers();
        endpoints.MapFinanceSetup();
        endpoints.MapFinanceReports();
        endpoints.MapInvoices();
        endpoints.MapReceivables();
        endpoints.MapPayments();
        endpoints.MapBankStatements();
    }

    public override Task SeedDemoDataAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        FinanceDemoData.SeedAsync(services, cancellationToken);

    public override async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<FinanceDbContext>();
        await ArticleService.SeedAsync(db, cancellationToken);
        await DailyTurnovers.BuildIfMissingAsync(db, cancellationToken);
    }
}
