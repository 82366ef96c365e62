using System.Net;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Suite.Docs.Application.Mail;

/// <summary>Sends a document to a client through the configured SMTP server (MailKit): one connection per letter.</summary>
internal sealed class DocumentMailer(IOptions<SmtpSettings> options)
{
    public SmtpSettings Settings => options.Value;

    /// <exception cref="MailDeliveryException">The server could not be reached, refused the sign-in or the letter.</exception>
    public async Task SendAsync(DocumentLetter letter, CancellationToken cancellationToken)
    {
        var settings = Settings;
        var message = Compose(letter, settings);
        using var client = new SmtpClient { Timeout = settings.TimeoutSeconds * 1000 };
        try
        {
            await client.ConnectAsync(settings.Host!.Trim(), settings.Port, settings.SecureSocketOptions, cancellationToken);
            if (!string.IsNullOrWhiteSpace(settings.UserName))
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(true, cancellationToken);
        }
        catch (SmtpCommandException e)
        {
            throw new MailDeliveryException($"{(int)e.StatusCode} {e.Message}".Trim(), e);
        }
        catch (Exception e) when (e is SocketException or IOException or TimeoutException or ProtocolException
                                      or AuthenticationException or SslHandshakeException or NotSupportedException)
        {
            throw new MailDeliveryException(e.Message, e);
        }
    }

    private static MimeMessage Compose(DocumentLetter letter, SmtpSettings settings)
    {
        var message = new MimeMessage { Subject = letter.Subject };
        message.From.Add(new MailboxAddress(settings.FromName?.Trim() ?? "", settings.SenderAddress!));
        message.To.AddRange(letter.To.Select(a => MailboxAddress.Parse(a)));
        message.Cc.AddRange(letter.Cc.Select(a => MailboxAddress.Parse(a)));
        var body = new BodyBuilder { TextBody = letter.Message, HtmlBody = Html(letter.Message) };
        body.Attachments.Add(letter.FileName, letter.Content, ContentType.Parse(letter.ContentType));
        message.Body = body.ToMessageBody();
        return message;
    }

    /// <summary>The same text for clients that prefer HTML: paragraphs and line breaks kept, nothing of the user's taken as markup.</summary>
    private static string Html(string text)
    {
        var paragraphs = text.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(p => $"<p>{WebUtility.HtmlEncode(p.Trim('\n')).Replace("\n", "<br>")}</p>");
        return $"<!DOCTYPE html><html><body>{string.Concat(paragraphs)}</body></html>";
    }
}
