using Microsoft.EntityFrameworkCore;
using Suite.Framework.Digest;
using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Framework.Time;
using Suite.Framework.Users;

namespace Suite.Host.Notifications.Digest;

/// <summary>
/// The signed-in user's own weekly digest: subscribing needs at least one figure the user may see (a report permission
/// of Finance, Crm, Tasks or Stock: the director's role has them all) and an e-mail address; "send now" mails the digest
/// of the last whole week at once.
/// </summary>
internal sealed class DigestService(
    NotificationsDbContext db, ICurrentUser user, WeeklyDigest digest, DigestSender sender, Recipients recipients, MailServer server,
    BusinessClock clock)
{
    public const string NotConfigured = "Notifications.Smtp.NotConfigured";
    public const string NoEmail = "Notifications.Digest.NoEmail";
    public const string NothingToSend = "Notifications.Digest.NothingToSend";

    private Guid Me => user.Id ?? throw new AccessDeniedException(Text.Pick("Войдите в систему.", "Sign in."));

    public async Task<DigestSubscriptionDto> GetAsync(CancellationToken cancellationToken)
    {
        var subscription = await db.DigestSubscriptions.AsNoTracking().FirstOrDefaultAsync(s => s.UserId == Me, cancellationToken);
        var email = (await recipients.MailRecipientAsync(Me, cancellationToken))?.Address;
        return new DigestSubscriptionDto(subscription?.Weekly ?? false, email, subscription?.LastSentAt, await CanSubscribeAsync(),
            server.Settings.IsConfigured);
    }

    public async Task<DigestSubscriptionDto> UpdateAsync(DigestSubscriptionInput input, CancellationToken cancellationToken)
    {
        if (input.Weekly)
            await RequireReaderAsync(cancellationToken);
        var subscription = await db.DigestSubscriptions.FirstOrDefaultAsync(s => s.UserId == Me, cancellationToken);
        if (subscription is null)
            db.DigestSubscriptions.Add(subscription = new DigestSubscription(Me));
        subscription.Weekly = input.Weekly;
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(cancellationToken);
    }

    /// <summary>The digest of the last whole week, to the caller, now; mail must be set up.</summary>
    public async Task<DigestSentDto> SendNowAsync(CancellationToken cancellationToken)
    {
        await RequireReaderAsync(cancellationToken);
        if (!server.Settings.IsConfigured)
            throw new BusinessRuleException(NotConfigured, Text.Pick(
                "Отправка почты не настроена: администратор указывает почтовый сервер в настройках Suite:Smtp (Host и From) и перезапускает Suite.",
                "Sending mail is not set up: an administrator names the mail server in the Suite:Smtp settings (Host and From) and restarts Suite."));
        var week = DigestWeek.Before(clock.Today);
        if (!await sender.SendAsync(Me, week, cancellationToken))
            throw new UnprocessableContentException(NothingToSend, Text.Pick(
                "Сводку не из чего составить: нет ни e-mail, ни доступных отчётов.", "There is nothing to send: no e-mail or no report you may see."));
        var sentAt = clock.UtcNow;
        var subscription = await db.DigestSubscriptions.FirstOrDefaultAsync(s => s.UserId == Me, cancellationToken);
        if (subscription is null)
            db.DigestSubscriptions.Add(subscription = new DigestSubscription(Me));
        subscription.LastSentAt = sentAt;
        await db.SaveChangesAsync(cancellationToken);
        return new DigestSentDto(sentAt, week.From, week.To);
    }

    private async Task<bool> CanSubscribeAsync() =>
        await digest.ReaderAsync(Me) is { } reader && await digest.HasFiguresForAsync(reader.Principal);

    /// <summary>Refuses a user with no figure to see (403) or no address to send to (422).</summary>
    private async Task RequireReaderAsync(CancellationToken cancellationToken)
    {
        if (!await CanSubscribeAsync())
            throw new AccessDeniedException(Text.Pick(
                "Сводка состоит из отчётов, а вам не доступен ни один: нужно право на отчёты финансов, продаж, задач или остатки склада.",
                "The digest is made of reports and you may see none: it needs a Finance, sales or task report permission, or stock balances."));
        if (await recipients.MailRecipientAsync(Me, cancellationToken) is null)
            throw new UnprocessableContentException(NoEmail, Text.Pick(
                "У вас не указан e-mail: попросите администратора добавить его в вашу карточку пользователя.",
                "You have no e-mail address: ask an administrator to add one to your user card."));
    }
}
