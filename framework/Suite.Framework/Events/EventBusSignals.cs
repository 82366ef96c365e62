using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Suite.Framework.Events;

/// <summary>
/// Wakes a module's outbox sender or inbox processor as soon as there is work, so delivery does not wait for the
/// next poll; polling remains the safety net (a wake-up can be lost with a host or a connection). On PostgreSQL the
/// wake-ups also go to the other hosts (<see cref="PostgresEventBusWakeUps"/>).
/// </summary>
public sealed class EventBusSignals
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _signals = new();
    private readonly Channel<string> _toOtherHosts = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Set while something carries wake-ups to the other hosts; until then none are queued for them.</summary>
    internal bool OtherHostsListen { get; set; }

    internal ChannelReader<string> ForOtherHosts => _toOtherHosts.Reader;

    /// <summary>Call only once the work is committed: a waiter woken earlier finds nothing and sleeps until the next poll.</summary>
    public void Notify(string key)
    {
        Wake(key);
        if (OtherHostsListen)
            _toOtherHosts.Writer.TryWrite(key);
    }

    /// <summary>Wakes this host's waiter only (a wake-up that came from another host).</summary>
    internal void Wake(string key)
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
