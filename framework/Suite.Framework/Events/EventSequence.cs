namespace Suite.Framework.Events;

/// <summary>
/// Orders outbox and inbox rows: the current time in ticks, but never less than one more than the last value
/// handed out, so events written in the same instant (one transaction) keep the order they were written in.
/// GUID v7 ids are random within a millisecond and cannot do that.
/// </summary>
public static class EventSequence
{
    private static long _last;

    public static long Next(TimeProvider clock)
    {
        var now = clock.GetUtcNow().UtcTicks;
        while (true)
        {
            var last = Interlocked.Read(ref _last);
            var next = Math.Max(now, last + 1);
            if (Interlocked.CompareExchange(ref _last, next, last) == last)
                return next;
        }
    }
}
