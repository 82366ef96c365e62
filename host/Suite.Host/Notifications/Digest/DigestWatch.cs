using Microsoft.EntityFrameworkCore;
using Suite.Framework.Data;
using Suite.Framework.Digest;
using Suite.Framework.Hosting;
using Suite.Framework.Time;

namespace Suite.Host.Notifications.Digest;

/// <summary>
/// Sends each subscriber the digest of the week before, once, on Monday at the first look at or after
/// <see cref="DigestWatchOptions.TimeOfDay"/> company time (a host started later on Monday catches up at once). Each
/// letter is claimed first (<see cref="DigestDispatch"/>), so several hosts send it once between them. Without a mail
/// server nothing is claimed and nothing sent.
/// </summary>
internal sealed class DigestWatch(IServiceScopeFactory scopes, MailServer server, DigestWatchOptions options, ILogger<DigestWatch> logger)
    : PeriodicWatch(options.Interval, logger)
{
    protected override string What => "The weekly digest look";

    protected override async Task LookAsync(CancellationToken cancellationToken)
    {
        if (!server.Settings.IsConfigured)
            return;
        List<Guid> subscribers;
        DigestWeek week;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var clock = scope.ServiceProvider.GetRequiredService<BusinessClock>();
            var now = clock.Now;
            if (now.DayOfWeek != DayOfWeek.Monday || TimeOnly.FromDateTime(now.DateTime) < options.TimeOfDay)
                return;
            week = DigestWeek.Before(clock.Today);
            var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
            var from = week.From;
            subscribers = await db.DigestSubscriptions.AsNoTracking()
                .Where(s => s.Weekly && !db.DigestDispatches.Any(d => d.UserId == s.UserId && d.WeekFrom == from))
                .Select(s => s.UserId).ToListAsync(cancellationToken);
        }

        foreach (var userId in subscribers)
        {
            try
            {
                await SendOnceAsync(userId, week, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "The weekly digest for {UserId} could not be sent; it is tried again at the next look", userId);
            }
        }
    }

    private async Task SendOnceAsync(Guid userId, DigestWeek week, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<BusinessClock>();
        // The claim is committed before the letter goes out: another host's insert of the same key fails here, so only
        // one of them sends. Claiming after sending would let two hosts both send before either recorded it.
        var claim = new DigestDispatch(userId, week.From, clock.UtcNow);
        db.DigestDispatches.Add(claim);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e))
        {
            return;
        }

        bool sent;
        try
        {
            sent = await scope.ServiceProvider.GetRequiredService<DigestSender>().SendAsync(userId, week, cancellationToken);
        }
        catch
        {
            // Not sent (the server refused or was away): give the claim back so the next look tries again.
            db.DigestDispatches.Remove(claim);
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }

        if (!sent)
            return; // nothing to send to them this week (no address, no figures); the claim keeps the look from asking again
        claim.SentAt = clock.UtcNow;
        var subscription = await db.DigestSubscriptions.FirstAsync(s => s.UserId == userId, cancellationToken);
        subscription.LastSentAt = claim.SentAt;
        await db.SaveChangesAsync(cancellationToken);
    }
}
