using System.Collections.Concurrent;

namespace Suite.Framework.Events;

/// <summary>
/// Wakes a module's outbox sender or inbox processor as soon as there is work, so delivery does not
/// wait for the next poll; polling remains the safety net (a signal may fire before a commit).
/// </summary>
public sealed class EventBusSignals
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _signals = new();

    public void Notify(string key)
    {
        var signal = _signals.GetOrAdd(key, _ => new SemaphoreSlim(0, 1));
        if (signal.CurrentCount == 0)
        {
            try { signal.Release(); }
            catch (SemaphoreFullException) { }
        }
    }

    public async Task WaitAsync(string key, TimeSpan timeout, CancellationToken cancellationToken) =>
        await _signals.GetOrAdd(key, _ => new SemaphoreSlim(0, 1)).WaitAsync(timeout, cancellationToken);

    public static string Outbox(string module) => module + ":outbox";
    public static string Inbox(string module) => module + ":inbox";
}
