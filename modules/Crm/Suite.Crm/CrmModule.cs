using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Suite.Crm.Application.Companies;
using Suite.Crm.Application.Contacts;
using Suite.Crm.Application.CustomFields;
using Suite.Crm.Application.Deals;
using Suite.Crm.Application.Duplicates;
using Suite.Crm.Application.Imports;
using Suite.Crm.Application.Dictionaries;
using Suite.Crm.Application.Leads;
using Suite.Crm.Application.People;
using Suite.Crm.Application.Pipelines;
using Suite.Crm.Application.Products;
using Suite.Crm.Application.Reports;
using Suite.Crm.Application.SalesFacts;
using Suite.Crm.Application.SalesPlans;
using Suite.Crm.Application.SalesReports;
using Suite.Crm.Application.WebForms;
using Suite.Crm.Data;
using Suite.Crm.DemoData;
using Suite.Crm.Http;
using Suite.Crm.Timeline;
using Suite.Framework.Data;
using Suite.Framework.Events;
using Suite.Framework.Modularity;
using Suite.Framework.People;
using Suite.Framework.Permissions;
using Suite.Framework.Time;
using Suite.Stock.Events;
using Suite.Tasks.Events;

namespace Suite.Crm;

/// <summary>Clients, deals and the sales pipeline.</summary>
public sealed class CrmModule : SuiteModule
{
    public override void ConfigureServices(ModuleServiceContext context)
    {
        context.AddModuleDbContext<CrmDbContext>(CrmDbProperties.Database)
            .Subscribe<ProductCreatedEto, ProductCopyHandler>()
            .Subscribe<ProductUpdatedEto, ProductCopyHandler>()
            .Subscribe<DealNextTaskChangedEto, DealNextTaskHandler>()
            .KeepPeopleCopies()
            .AddTimelineHandlers()
            .AddSalesFactHandlers();
        context.Services.AddSingleton<PermissionDefinitionProvider, CrmPermissionDefinitions>();
        context.AddSearchSources<CrmModule>();
        context.AddWeeklyFigures<CrmModule>();
        context.AddPersonalDataSources<CrmModule>();
        context.Services.AddValidatorsFromAssemblyContaining<CrmModule>(includeInternalTypes: true);
        context.Services.AddScoped<CompanyService>();
        context.Services.AddScoped<SourceService>();
        context.Services.AddScoped<LossReasonService>();
        context.Services.AddScoped<PipelineService>();
        context.Services.AddScoped<DealService>();
        context.Services.AddScoped<ProductService>();
        context.Services.AddScoped<Owners>();
        context.Services.AddTimeline();
        context.Services.AddScoped<ReportService>();
        context.Services.AddScoped<NextStepReport>();
        context.Services.AddLeadReports();
        context.Services.AddSalesFacts();
        context.Services.AddScoped<ProfitByChannelReport>();
        context.Services.AddScoped<ProductSalesReport>();
        context.Services.AddScoped<SalesReportExports>();
        context.Services.AddScoped<SalesPlanService>();
        context.Services.AddScoped<SalesPlanSettingsService>();
        context.Services.AddScoped<PlanVsFactReport>();
        context.Services.AddScoped<DealQuery>();
        context.Services.AddBackfill<CrmDbContext, CompanySnapshots>();
        context.Services.AddBackfill<CrmDbContext, DealSnapshots>();
        context.Services.AddScoped<DealBoardService>();
        context.Services.AddScoped<DealCounterService>();
        context.Services.AddScoped<DealExport>();
        context.Services.AddScoped<CompanyExport>();
        context.Services.AddScoped<ContactExport>();
        context.Services.AddScoped<LeadExport>();
        context.Services.AddScoped<ContactService>();
        context.Services.AddScoped<CustomFieldValues>();
        context.Services.AddScoped<CustomFieldService>();
        context.Services.AddScoped<LeadService>();
        context.Services.AddScoped<WebFormService>();
        context.Services.AddCors();
        context.Services.AddRateLimiter(o => o.AddPolicy<string, WebFormSubmitRateLimit>(WebFormSubmitRateLimit.Policy));
        context.Services.AddScoped<DuplicateFinder>();
        context.Services.AddScoped<ImportService>();
        context.Services.AddScoped<ImportRowWriter>();
        context.Services.AddScoped<CompanyBatchImport>();
        context.Services.AddSingleton<ImportQueue>();
        context.Services.AddHostedService<ImportRunner>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapCompanies();
        endpoints.MapSources();
        endpoints.MapLossReasons();
        endpoints.MapPipelines();
        endpoints.MapDealBoard();
        endpoints.MapDeals();
        endpoints.MapProducts();
        endpoints.MapOwners();
        endpoints.MapTimeline();
        endpoints.MapReports();
        endpoints.MapLeadReports();
        endpoints.MapSalesReports();
        endpoints.MapSalesPlans();
        endpoints.MapContacts();
        endpoints.MapCustomFields();
        endpoints.MapLeads();
        endpoints.MapWebForms();
        endpoints.MapDuplicates();
        endpoints.MapImports();
    }

    public override Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        CrmSeedData.SeedAsync(services.GetRequiredService<CrmDbContext>(), cancellationToken);

    public override Task SeedDemoDataAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        CrmDemoData.SeedAsync(services.GetRequiredService<CrmDbContext>(), services.GetRequiredService<BusinessClock>(), cancellationToken);
}
