using Microsoft.AspNetCore.Routing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Suite.Crm.Events;
using Suite.Docs.Application.Attachments;
using Suite.Docs.Application.Automations;
using Suite.Docs.Application.Cards;
using FluentValidation;
using Suite.Docs.Application.Documents;
using Suite.Docs.Application.Generating;
using Suite.Docs.Application.Mail;
using Suite.Docs.Application.Templates;
using Suite.Docs.Data;
using Suite.Docs.EventHandlers;
using Suite.Docs.Http;
using Suite.Finance.Events;
using Suite.Framework.Data;
using Suite.Framework.Modularity;
using Suite.Framework.People;
using Suite.Framework.Permissions;
using Suite.Stock.Events;

namespace Suite.Docs;

/// <summary>Document templates, generated documents and attachments.</summary>
public sealed class DocsModule : SuiteModule
{
    public override void ConfigureServices(ModuleServiceContext context)
    {
        context.AddModuleDbContext<DocsDbContext>(DocsDbProperties.Database)
            .KeepPeopleCopies()
            .Subscribe<InvoiceIssuedEto, InvoiceIssuedHandler>()
            .Subscribe<InvoiceIssuedEto, FinanceCardsHandler>()
            .Subscribe<OrganisationUpdatedEto, FinanceCardsHandler>()
            .Subscribe<CompanyCreatedEto, CrmCardsHandler>()
            .Subscribe<CompanyUpdatedEto, CrmCardsHandler>()
            .Subscribe<CompanyRepublishedEto, CrmCardsHandler>()
            .Subscribe<CompanyDeletedEto, CrmCardsHandler>()
            .Subscribe<CompanyMergedEto, CrmCardsHandler>()
            .Subscribe<ContactCreatedEto, CrmCardsHandler>()
            .Subscribe<ContactUpdatedEto, CrmCardsHandler>()
            .Subscribe<DealCreatedEto, CrmCardsHandler>()
            .Subscribe<DealUpdatedEto, CrmCardsHandler>()
            .Subscribe<DealRepublishedEto, CrmCardsHandler>()
            .Subscribe<DealStageChangedEto, CrmCardsHandler>()
            .Subscribe<DealStageChangedEto, DealStageAutomationHandler>()
            .Subscribe<DealWonEto, CrmCardsHandler>()
            .Subscribe<DealLostEto, CrmCardsHandler>()
            .Subscribe<DealDeletedEto, CrmCardsHandler>()
            .Subscribe<LeadCreatedEto, CrmCardsHandler>()
            .Subscribe<ShipmentPostedEto, StockCardsHandler>()
            .Subscribe<ShipmentCancelledEto, StockCardsHandler>()
            .Subscribe<ProductCreatedEto, StockCardsHandler>()
            .Subscribe<ProductUpdatedEto, StockCardsHandler>()
            .Subscribe<ProductRepublishedEto, StockCardsHandler>();
        context.Services.AddSingleton<PermissionDefinitionProvider, DocsPermissionDefinitions>();
        context.AddSearchSources<DocsModule>();
        context.AddPersonalDataSources<DocsModule>();
        context.Services.AddScoped<DocumentService>();
        context.Services.Configure<SmtpSettings>(context.Configuration.GetSection(SmtpSettings.Section));
        context.Services.AddScoped<DocumentMailer>();
        context.Services.AddScoped<DocumentSendingService>();
        context.Services.AddSingleton<AttachmentLimits>();
        context.Services.AddScoped<AttachmentService>();
        context.Services.AddScoped<AttachmentUpload>();
        context.Services.AddScoped<CardDirectory>();
        context.Services.AddScoped<CardModels>();
        context.Services.AddScoped<DocumentContents>();
        context.Services.AddScoped<DocumentRenderer>();
        context.Services.AddScoped<DocumentGenerator>();
        context.Services.AddScoped<TemplateService>();
        context.Services.AddScoped<DocumentAutomationService>();
        context.Services.AddValidatorsFromAssemblyContaining<DocsModule>(includeInternalTypes: true);
        // Server mode keeps files in the database so that every host on one PostgreSQL serves the same ones.
        if (context.Database.Provider == DatabaseProvider.PostgreSql)
            context.Services.AddScoped<IFileStore, DatabaseFileStore>();
        else
        {
            context.Services.AddSingleton(new DocsFileFolder(Path.Combine(DataPath(context), "docs")));
            context.Services.AddScoped<IFileStore, FolderFileStore>();
        }
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapDocuments();
        endpoints.MapAttachments();
        endpoints.MapTemplates();
        endpoints.MapDocumentAutomations();
        endpoints.MapDocumentMail();
    }

    public override async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        await BuiltInTemplates.SeedAsync(services.GetRequiredService<DocsDbContext>(), services.GetRequiredService<TimeProvider>(), cancellationToken);

    /// <summary>The host's data path (Suite:DataPath), else the folder of the embedded database, which is where the host puts it by default.</summary>
    private static string DataPath(ModuleServiceContext context)
    {
        var configured = context.Configuration["Suite:DataPath"];
        if (!string.IsNullOrWhiteSpace(configured))
            return configured;
        var database = new SqliteConnectionStringBuilder(context.Database.ConnectionString).DataSource;
        return Path.GetDirectoryName(Path.GetFullPath(database)) ?? ".";
    }
}
