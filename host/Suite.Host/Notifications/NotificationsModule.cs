using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Suite.Crm.Events;
using Suite.Framework.Data;
using Suite.Framework.Modularity;
using Suite.Host.Notifications.Digest;
using Suite.Tasks.Events;

namespace Suite.Host.Notifications;

/// <summary>
/// The part every module tells what happened (by its events); it decides who hears of it and by which channel:
/// the bell in the app, pushed live to open browsers (SignalR), and e-mail when mail is set up. Each user chooses
/// the channels per kind.
/// </summary>
public sealed class NotificationsModule : SuiteModule
{
    public override void ConfigureServices(ModuleServiceContext context)
    {
        var services = context.Services;
        context.AddModuleDbContext<NotificationsDbContext>(NotificationsDbProperties.Database)
            .Subscribe<TaskCreatedEto, TasksEventsHandler>()
            .Subscribe<TaskReassignedEto, TasksEventsHandler>()
            .Subscribe<TaskOverdueEto, TasksEventsHandler>()
            .Subscribe<TaskCompletedEto, TasksEventsHandler>()
            .Subscribe<DealWithoutNextStepEto, TasksEventsHandler>()
            .Subscribe<LeadCreatedEto, CrmEventsHandler>()
            .Subscribe<TimelineCommentAddedEto, CrmEventsHandler>();
        // Deliveries wait for the commit of the transaction that stored them.
        services.ConfigureDbContext<NotificationsDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<DeliveryOnCommit>()));
        services.AddScoped<DeliveryOnCommit>();
        services.AddScoped<PendingDeliveries>();
        services.AddScoped<NotificationCenter>();
        services.AddScoped<Recipients>();
        services.AddScoped<NotificationService>();

        services.AddSignalR();
        services.TryAddSingleton(context.Database);
        services.AddSingleton<NotificationDelivery>();
        services.AddSingleton<NotificationPush>();
        services.AddSingleton<NotificationMailer>();
        services.AddSingleton<MailServer>();
        services.AddScoped<WeeklyDigest>();
        services.AddScoped<DigestSender>();
        services.AddScoped<DigestService>();
        services.AddSingleton(new DigestWatchOptions(
            context.Configuration.GetValue<TimeOnly?>("Notifications:DigestTime") ?? DigestWatchOptions.DefaultTimeOfDay,
            context.Configuration.GetValue<TimeSpan?>("Notifications:DigestInterval") ?? DigestWatchOptions.DefaultInterval));
        services.Configure<MailServerSettings>(context.Configuration.GetSection(MailServerSettings.Section));
        services.AddHostedService<NotificationDeliveryService>();
        services.AddHostedService<PostgresNotificationListener>();
        services.AddHostedService<DigestWatch>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapNotifications();
}
