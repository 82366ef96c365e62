using Suite.Framework.Digest;
using Suite.Framework.Time;

namespace Suite.Host.Notifications.Digest;

/// <summary>Builds one reader's digest of a week and e-mails it to their address; the one path of the weekly look and "send now".</summary>
internal sealed class DigestSender(WeeklyDigest digest, Recipients recipients, MailServer server, BusinessClock clock)
{
    /// <returns>False when there is nothing to send: the reader is gone, has no address or may see no figure.</returns>
    public async Task<bool> SendAsync(Guid userId, DigestWeek week, CancellationToken cancellationToken)
    {
        if (await digest.ReaderAsync(userId) is not { } reader)
            return false;
        if (await recipients.MailRecipientAsync(userId, cancellationToken) is not { } recipient)
            return false;
        var content = await digest.BuildAsync(reader.Principal, reader.User.Language, week, cancellationToken);
        if (content.Sections.Count == 0)
            return false;
        await server.SendAsync(DigestLetter.Compose(content, recipient, clock.Now), cancellationToken);
        return true;
    }
}
