using Cronos;
using Microsoft.Extensions.Options;
using Suite.Framework.Time;

namespace Suite.Host.Backups;

/// <summary>The configured schedule read once, in the company's time zone (as it is at each question, not at start).</summary>
public sealed class BackupSchedule
{
    private readonly CompanyTimeZone _zone;

    public BackupSchedule(IOptions<BackupOptions> options, CompanyTimeZone zone, TimeProvider clock)
    {
        _zone = zone;
        Expression = string.IsNullOrWhiteSpace(options.Value.Schedule) ? null : options.Value.Schedule.Trim();
        if (Expression is not null)
        {
            try
            {
                Cron = CronExpression.Parse(Expression, Expression.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);
            }
            catch (CronFormatException e)
            {
                throw new Framework.Hosting.StartupException($"Backup:Schedule \"{Expression}\" is not a cron expression: {e.Message}");
            }
        }

        StartedAt = clock.GetUtcNow();
    }

    public string? Expression { get; }

    public CronExpression? Cron { get; }

    /// <summary>When this host started: a new installation has no backup to be late after, so its first is due after this.</summary>
    public DateTimeOffset StartedAt { get; }

    public DateTimeOffset? NextAfter(DateTimeOffset instant) => Cron?.GetNextOccurrence(instant, _zone.Current);

    /// <summary>The latest occurrence after <paramref name="after"/> that is due by <paramref name="now"/>: missed ones are not made up one by one.</summary>
    public DateTimeOffset? LatestDue(DateTimeOffset after, DateTimeOffset now)
    {
        DateTimeOffset? due = null;
        if (after < now.AddDays(-31))
            after = now.AddDays(-31); // a month without backups needs one now, not every missed second counted
        for (var next = NextAfter(after); next is not null && next <= now; next = NextAfter(next.Value))
            due = next;
        return due;
    }
}
