using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Suite.Crm.Events;
using Suite.Finance.Application.Customers;
using Suite.Finance.Data;
using Suite.Finance.EventHandlers;
using Suite.Finance.Http;
using Suite.Framework.Data;
using Suite.Framework.Modularity;
using Suite.Framework.Permissions;

namespace Suite.Finance;

/// <summary>Invoices, payments, cash desks and bank accounts, receivables and the money reports.</summary>
public sealed class FinanceModule : SuiteModule
{
    public override void ConfigureServices(ModuleServiceContext context)
    {
        context.AddModuleDbContext<FinanceDbContext>(FinanceDbProperties.Database)
            .Subscribe<CompanyCreatedEto, CustomerCopyHandler>()
            .Subscribe<CompanyUpdatedEto, CustomerCopyHandler>()
            .Subscribe<CompanyDeletedEto, CustomerCopyHandler>();
        context.Services.AddSingleton<PermissionDefinitionProvider, FinancePermissionDefinitions>();
        context.Services.AddScoped<CustomerService>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapCustomers();
}
