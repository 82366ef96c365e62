using MimeKit;

namespace Suite.Docs.Application.Mail;

/// <summary>What a recipient's address must look like: one plain address (no display name, no list), with a dotted domain.</summary>
internal static class EmailAddresses
{
    public static bool IsValid(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
            return false;
        var trimmed = address.Trim();
        if (trimmed.Length > 254 || trimmed.Any(char.IsWhiteSpace) || trimmed.Contains('<') || trimmed.Contains(','))
            return false;
        var at = trimmed.LastIndexOf('@');
        if (at <= 0 || trimmed.IndexOf('@') != at)
            return false;
        var domain = trimmed[(at + 1)..];
        if (!domain.Contains('.') || domain.StartsWith('.') || domain.EndsWith('.') || domain.Contains(".."))
            return false;
        return MailboxAddress.TryParse(trimmed, out var parsed) && parsed.Address == trimmed;
    }
}
