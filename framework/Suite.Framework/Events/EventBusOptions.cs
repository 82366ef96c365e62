namespace Suite.Framework.Events;

/// <summary>Timing of the outbox and inbox, bound from the "EventBus" configuration section.</summary>
public sealed class EventBusOptions
{
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
    public int BatchSize { get; set; } = 100;

    /// <summary>A failed handler is retried after this, doubled on each further failure.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>After this many failed attempts the message is parked with its error.</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>Sent outbox rows and processed inbox rows are deleted after this.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(1);

    public TimeSpan RetryDelay(int attempts)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(RetryBaseDelay.Ticks * factor, RetryMaxDelay.Ticks));
        return delay;
    }
}
