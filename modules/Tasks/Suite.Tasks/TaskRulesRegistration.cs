using Microsoft.Extensions.DependencyInjection;
using Suite.Crm.Events;
using Suite.Finance.Events;
using Suite.Framework.Data;
using Suite.Stock.Events;
using Suite.Tasks.Application.Rules;
using Suite.Tasks.Data;
using Suite.Tasks.EventHandlers;

namespace Suite.Tasks;

/// <summary>The automation rules' services and the events they react to.</summary>
internal static class TaskRulesRegistration
{
    public static ModuleEvents<TasksDbContext> AddTaskRules(this ModuleEvents<TasksDbContext> events, IServiceCollection services)
    {
        services.AddScoped<TaskRuleService>();
        services.AddScoped<RuleTaskMaker>();
        services.AddScoped<RuleCards>();
        return events
            .Subscribe<DealStageChangedEto, DealStageChangedRuleHandler>()
            .Subscribe<DealWonEto, DealWonRuleHandler>()
            .Subscribe<LeadCreatedEto, LeadCreatedRuleHandler>()
            .Subscribe<InvoiceOverdueEto, InvoiceOverdueRuleHandler>()
            .Subscribe<ProductBelowMinimumEto, ProductBelowMinimumRuleHandler>();
    }
}
