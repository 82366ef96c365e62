using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Suite.Framework.Events;

namespace Suite.Framework.Telemetry;

/// <summary>
/// The event bus's metrics per module: backlog gauges read from <see cref="EventBusState"/> when scraped (one read shared by
/// every gauge and kept a few seconds, so a scrape costs at most one set of small queries), and a counter of handler failures.
/// </summary>
public sealed class EventBusMetrics : IDisposable
{
    private static readonly ModuleMeter Meter = new("EventBus");

    /// <summary>Counted where the inbox processor records a failure (a retry to come, or parked).</summary>
    internal static readonly Counter<long> HandlerFailures =
        Meter.Counter("handler_failures", "Integration event handlers that threw; the message is retried later or parked.");

    private static readonly TimeSpan Freshness = TimeSpan.FromSeconds(5);

    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private readonly Meter _gauges;
    private readonly Lock _lock = new();
    private IReadOnlyList<ModuleEventBusState> _last = [];
    private DateTimeOffset _readAt = DateTimeOffset.MinValue;

    public EventBusMetrics(IServiceScopeFactory scopes, TimeProvider clock, IMeterFactory meters)
    {
        _scopes = scopes;
        _clock = clock;
        // From the host's meter factory, not static: the gauges read this host's database and go with it.
        _gauges = meters.Create(ModuleMeter.Prefix + "EventBus");
        Gauge("outbox.unsent", "{event}", "Events written to the module's outbox and not yet sent.", s => s.OutboxUnsent);
        Gauge("outbox.oldest_age", "s", "How long the oldest unsent event has waited.", s => s.OutboxOldestAge.TotalSeconds);
        Gauge("inbox.pending", "{event}", "Events received and waiting to be handled (retries included, parked not).", s => s.InboxPending);
        Gauge("inbox.oldest_age", "s", "How long the oldest pending event has waited since it arrived: the inbox lag.", s => s.InboxOldestAge.TotalSeconds);
        Gauge("inbox.parked", "{event}", "Events whose retries ran out, waiting for a replay or discard on the admin page.", s => s.Parked);
    }

    private void Gauge(string name, string unit, string description, Func<ModuleEventBusState, double> value) =>
        _gauges.CreateObservableGauge(ModuleMeter.InstrumentName("EventBus", name),
            () => States().Select(s => new Measurement<double>(value(s), new KeyValuePair<string, object?>("module", s.Module))),
            unit, description);

    /// <summary>
    /// The last read if it is fresh, else a new one. Gauge callbacks are synchronous; the read is a few indexed counts per module,
    /// and a failed read (database down) yields no values rather than a failed scrape.
    /// </summary>
    private IReadOnlyList<ModuleEventBusState> States()
    {
        lock (_lock)
        {
            var now = _clock.GetUtcNow();
            if (now - _readAt < Freshness)
                return _last;
            try
            {
                using var scope = _scopes.CreateScope();
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                _last = scope.ServiceProvider.GetRequiredService<EventBusState>().ReadAsync(timeout.Token).GetAwaiter().GetResult();
            }
            catch (Exception)
            {
                _last = [];
            }

            _readAt = now;
            return _last;
        }
    }

    public void Dispose() => _gauges.Dispose();
}
