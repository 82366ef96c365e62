using MailKit.Security;

namespace Suite.Host.Notifications;

/// <summary>
/// The mail server notifications go out through: the same <c>Suite:Smtp</c> settings documents are sent with (the Docs
/// module reads them the same way). Without a host and a sender address nothing is e-mailed.
/// </summary>
internal sealed class MailServerSettings
{
    public const string Section = "Suite:Smtp";

    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public SecureSocketOptions SecureSocketOptions { get; set; } = SecureSocketOptions.Auto;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string? From { get; set; }
    public string? FromName { get; set; }
    public int TimeoutSeconds { get; set; } = 30;

    public string? SenderAddress =>
        !string.IsNullOrWhiteSpace(From) ? From.Trim()
        : UserName is { } user && user.Contains('@') ? user.Trim()
        : null;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host) && SenderAddress is not null;
}
