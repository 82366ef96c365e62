using MailKit.Security;

namespace Suite.Docs.Application.Mail;

/// <summary>
/// The mail server documents are sent through (configuration <c>Suite:Smtp</c>). An empty <see cref="Host"/> means mail is
/// not set up: "send" then explains which settings to set instead of failing.
/// </summary>
internal sealed class SmtpSettings
{
    public const string Section = "Suite:Smtp";

    public string? Host { get; set; }
    public int Port { get; set; } = 587;

    /// <summary>
    /// MailKit's names: <c>Auto</c> (TLS on 465, STARTTLS when offered elsewhere), <c>None</c>, <c>SslOnConnect</c>,
    /// <c>StartTls</c>, <c>StartTlsWhenAvailable</c>.
    /// </summary>
    public SecureSocketOptions SecureSocketOptions { get; set; } = SecureSocketOptions.Auto;

    /// <summary>Signs in with these when set; many relays inside an office take mail without.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender's address; the user name when that is an address and this is empty.</summary>
    public string? From { get; set; }

    /// <summary>The sender's name shown by mail clients (the organisation's, typically).</summary>
    public string? FromName { get; set; }

    /// <summary>How long to wait for the server at each step, in seconds.</summary>
    public int TimeoutSeconds { get; set; } = 30;

    public string? SenderAddress =>
        !string.IsNullOrWhiteSpace(From) ? From.Trim()
        : UserName is { } user && EmailAddresses.IsValid(user) ? user.Trim()
        : null;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host) && SenderAddress is not null;
}
