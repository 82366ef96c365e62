using FluentValidation;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Suite.Crm.Events;
using Suite.Finance.Events;
using Suite.Framework.Data;
using Suite.Framework.Modularity;
using Suite.Framework.People;
using Suite.Framework.Permissions;
using Suite.Stock.Events;
using Suite.Tasks.Application.Tasks;
using Suite.Tasks.Application.NextStep;
using Suite.Tasks.Application.Overdue;
using Suite.Tasks.Application.Projects;
using Suite.Tasks.Application.Recurrence;
using Suite.Tasks.Application.Reports;
using Suite.Tasks.Data;
using Suite.Tasks.EventHandlers;
using Suite.Tasks.Http;

namespace Suite.Tasks;

/// <summary>Tasks and reminders, set by hand or by automation rules at each deal stage.</summary>
public sealed class TasksModule : SuiteModule
{
    public override void ConfigureServices(ModuleServiceContext context)
    {
        context.AddModuleDbContext<TasksDbContext>(TasksDbProperties.Database)
            .KeepPeopleCopies()
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
            .Subscribe<DealWonEto, CrmCardsHandler>()
            .Subscribe<DealLostEto, CrmCardsHandler>()
            .Subscribe<DealDeletedEto, CrmCardsHandler>()
            .Subscribe<LeadCreatedEto, CrmCardsHandler>()
            .Subscribe<InvoiceIssuedEto, FinanceCardsHandler>()
            .Subscribe<InvoiceCancelledEto, FinanceCardsHandler>()
            .Subscribe<InvoicePaidEto, FinanceCardsHandler>()
            .Subscribe<ProductCreatedEto, StockCardsHandler>()
            .Subscribe<ProductUpdatedEto, StockCardsHandler>()
            .Subscribe<ProductRepublishedEto, StockCardsHandler>()
            .AddTaskRules(context.Services);
        context.Services.AddSingleton<PermissionDefinitionProvider, TasksPermissionDefinitions>();
        context.AddSearchSources<TasksModule>();
        context.AddPersonalDataSources<TasksModule>();
        context.AddWeeklyFigures<TasksModule>();
        context.Services.AddScoped<TaskViews>();
        context.Services.AddScoped<TaskService>();
        context.Services.AddScoped<MyTasks>();
        context.Services.AddScoped<TaskComments>();
        context.Services.AddScoped<TaskHistory>();
        context.Services.AddScoped<TaskPeople>();
        context.Services.AddValidatorsFromAssemblyContaining<TasksModule>(includeInternalTypes: true);

        context.Services.AddScoped<OverdueScan>();
        context.Services.AddSingleton(new OverdueWatchOptions(
            context.Configuration.GetValue<TimeSpan?>("Tasks:OverdueCheckInterval") ?? TimeSpan.FromSeconds(15)));
        context.Services.AddHostedService<OverdueWatch>();
        context.Services.AddScoped<DealsWithoutNextStep>();
        context.Services.AddSingleton(new NextStepWatchOptions(
            context.Configuration.GetValue<TimeOnly?>("Tasks:NextStepCheckTime") ?? new TimeOnly(9, 0),
            context.Configuration.GetValue<TimeSpan?>("Tasks:NextStepCheckInterval") ?? TimeSpan.FromMinutes(1)));
        context.Services.AddHostedService<NextStepWatch>();
        context.Services.AddScoped<RecurringTasks>();
        context.Services.AddSingleton(new RecurrenceWatchOptions(
            context.Configuration.GetValue<TimeSpan?>("Tasks:RecurrenceCheckInterval") ?? TimeSpan.FromSeconds(15)));
        context.Services.AddHostedService<RecurrenceWatch>();
        context.Services.AddScoped<ProjectService>();
        context.Services.AddScoped<EmployeeReportService>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapTasks();
        endpoints.MapProjects();
        endpoints.MapTaskReports();
        endpoints.MapTaskRules();
    }
}
