using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Suite.Host.Notifications;

/// <summary>
/// The one way the notification part sends a letter (the bell's e-mails and the weekly digest): through the configured
/// <c>Suite:Smtp</c> server, one connection per letter, from the configured sender.
/// </summary>
internal sealed class MailServer(IOptions<MailServerSettings> options)
{
    public MailServerSettings Settings => options.Value;

    /// <summary>Sends <paramref name="message"/> with the sender set here; throws what MailKit throws when the server refuses.</summary>
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var settings = Settings;
        message.From.Clear();
        message.From.Add(new MailboxAddress(settings.FromName?.Trim() ?? "", settings.SenderAddress!));
        using var client = new SmtpClient { Timeout = settings.TimeoutSeconds * 1000 };
        await client.ConnectAsync(settings.Host!.Trim(), settings.Port, settings.SecureSocketOptions, cancellationToken);
        if (!string.IsNullOrWhiteSpace(settings.UserName))
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }
}
