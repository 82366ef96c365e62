using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Suite.Host.Notifications;

/// <summary>E-mails a stored notification to its recipient's address (Identity's user), when mail is set up; one connection per letter.</summary>
internal sealed class NotificationMailer(IServiceScopeFactory scopes, MailServer server)
{
    public async Task SendAsync(Guid notificationId, CancellationToken cancellationToken)
    {
        if (!server.Settings.IsConfigured)
            return;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var notification = await db.Notifications.AsNoTracking().FirstOrDefaultAsync(n => n.Id == notificationId, cancellationToken);
        if (notification is null)
            return;
        var recipient = await scope.ServiceProvider.GetRequiredService<Recipients>().MailRecipientAsync(notification.RecipientId, cancellationToken);
        if (recipient is null || !MailboxAddress.TryParse(recipient.Address, out var to))
            return;

        var message = new MimeMessage { Subject = notification.Title };
        to.Name = recipient.Name;
        message.To.Add(to);
        message.Body = new TextPart("plain") { Text = Text(notification, recipient.Language) };
        await server.SendAsync(message, cancellationToken);
    }

    private static string Text(Notification notification, string language)
    {
        var footer = language == "en"
            ? "You receive this because of your notification settings in Suite."
            : "Вы получили это письмо по своим настройкам уведомлений в Suite.";
        return string.Join("\n\n", new[] { notification.Title, notification.Body, footer }.Where(t => !string.IsNullOrWhiteSpace(t)));
    }
}
