using Microsoft.Extensions.DependencyInjection;
using Suite.Crm.Data;
using Suite.Finance.Events;
using Suite.Framework.Data;
using Suite.Stock.Events;

namespace Suite.Crm.Application.SalesFacts;

internal static class SalesFactsRegistration
{
    /// <summary>
    /// The facts the sales analytics add up, from the same events the timeline hears. Facts start with this version:
    /// invoices, payments and shipments from before it are not backfilled (the reports then start from that day).
    /// </summary>
    public static ModuleEvents<CrmDbContext> AddSalesFactHandlers(this ModuleEvents<CrmDbContext> events) => events
        .Subscribe<InvoiceIssuedEto, InvoiceSalesFactsHandler>()
        .Subscribe<InvoiceCancelledEto, InvoiceSalesFactsHandler>()
        .Subscribe<PaymentReceivedEto, PaymentSalesFactsHandler>()
        .Subscribe<PaymentAllocatedEto, PaymentSalesFactsHandler>()
        .Subscribe<PaymentCancelledEto, PaymentSalesFactsHandler>()
        .Subscribe<ShipmentPostedEto, ShipmentSalesFactsHandler>()
        .Subscribe<ShipmentCancelledEto, ShipmentSalesFactsHandler>();

    public static IServiceCollection AddSalesFacts(this IServiceCollection services) => services
        .AddScoped<SalesFactBook>()
        .AddScoped<AttributedSalesFacts>();
}
