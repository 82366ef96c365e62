using Microsoft.Extensions.DependencyInjection;
using Suite.Crm.Application.Timeline;
using Suite.Crm.Data;
using Suite.Crm.Events;
using Suite.Docs.Events;
using Suite.Finance.Events;
using Suite.Framework.Data;
using Suite.Stock.Events;
using Suite.Tasks.Events;

namespace Suite.Crm.Timeline;

internal static class TimelineRegistration
{
    /// <summary>
    /// Every source of timeline items, one handler per area. A module whose facts belong on the cards (shipments,
    /// invoices, payments, documents, tasks) gets one line here and a handler class next to these.
    /// </summary>
    public static ModuleEvents<CrmDbContext> AddTimelineHandlers(this ModuleEvents<CrmDbContext> events) => events
        .Subscribe<CompanyCreatedEto, CompanyTimelineHandler>()
        .Subscribe<CompanyUpdatedEto, CompanyTimelineHandler>()
        .Subscribe<CompanyMergedEto, CompanyTimelineHandler>()
        .Subscribe<ContactCreatedEto, ContactTimelineHandler>()
        .Subscribe<ContactUpdatedEto, ContactTimelineHandler>()
        .Subscribe<DealCreatedEto, DealTimelineHandler>()
        .Subscribe<DealUpdatedEto, DealTimelineHandler>()
        .Subscribe<DealStageChangedEto, DealTimelineHandler>()
        .Subscribe<DealWonEto, DealTimelineHandler>()
        .Subscribe<DealLostEto, DealTimelineHandler>()
        .Subscribe<LeadConvertedEto, LeadTimelineHandler>()
        .Subscribe<ShipmentPostedEto, ShipmentTimelineHandler>()
        .Subscribe<ShipmentCancelledEto, ShipmentTimelineHandler>()
        .Subscribe<InvoiceIssuedEto, InvoiceIssuedTimelineHandler>()
        .Subscribe<InvoicePaidEto, InvoicePaidTimelineHandler>()
        .Subscribe<InvoiceOverdueEto, InvoiceOverdueTimelineHandler>()
        .Subscribe<InvoiceCancelledEto, InvoiceCancelledTimelineHandler>()
        .Subscribe<PaymentReceivedEto, PaymentReceivedTimelineHandler>()
        .Subscribe<DocumentGeneratedEto, DocumentGeneratedTimelineHandler>()
        .Subscribe<DocumentSentEto, DocumentSentTimelineHandler>()
        .Subscribe<TaskCreatedEto, TaskCreatedTimelineHandler>()
        .Subscribe<TaskCompletedEto, TaskCompletedTimelineHandler>()
        .Subscribe<TaskOverdueEto, TaskOverdueTimelineHandler>()
        .Subscribe<TaskReassignedEto, TaskReassignedTimelineHandler>();

    public static IServiceCollection AddTimeline(this IServiceCollection services) => services
        .AddScoped<TimelineWriter>()
        .AddScoped<DocumentTimeline>()
        .AddScoped<TaskTimeline>()
        .AddScoped<TimelineService>()
        .AddScoped<ITimelineSubject, CompanyTimelineSubject>()
        .AddScoped<ITimelineSubject, DealTimelineSubject>()
        .AddScoped<ITimelineSubject, ContactTimelineSubject>()
        .AddScoped<ITimelineSubject, LeadTimelineSubject>();
}
