namespace Suite.Host.Notifications;

/// <summary>Pushes (on one host) and e-mails the notifications this host committed, one after another; a failure is logged and skipped.</summary>
internal sealed class NotificationDeliveryService(
    NotificationDelivery delivery, NotificationPush push, NotificationMailer mailer, ILogger<NotificationDeliveryService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var item in delivery.ReadAllAsync(stoppingToken))
            {
                if (item.PushHere)
                    await TryAsync(() => push.PushAsync(item.NotificationId, stoppingToken), "push", item.NotificationId);
                if (item.Email)
                    await TryAsync(() => mailer.SendAsync(item.NotificationId, stoppingToken), "e-mail", item.NotificationId);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // A host whose start failed cancels its background services without a stop: not a failure of this one,
            // and the operator must read the start's reason, not this service's stack trace.
        }
    }

    private async Task TryAsync(Func<Task> action, string channel, Guid notificationId)
    {
        try
        {
            await action();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning("Notification {NotificationId} could not be sent by {Channel}: {Error}", notificationId, channel, e.Message);
        }
    }
}
