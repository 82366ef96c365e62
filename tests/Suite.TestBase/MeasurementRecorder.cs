using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Suite.TestBase;

/// <summary>Records what one metric instrument measures while it lives: what a Prometheus scrape of the host would add up.</summary>
public sealed class MeasurementRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<(long Value, KeyValuePair<string, object?>[] Tags)> _measurements = new();

    public MeasurementRecorder(string instrumentName)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Name == instrumentName)
                listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) => _measurements.Enqueue((value, tags.ToArray())));
        _listener.Start();
    }

    /// <summary>The sum of the measurements that carry every one of <paramref name="tags"/>.</summary>
    public long Sum(params (string Key, string Value)[] tags) =>
        _measurements.Where(m => tags.All(t => m.Tags.Any(x => x.Key == t.Key && Equals(x.Value?.ToString(), t.Value)))).Sum(m => m.Value);

    public void Dispose() => _listener.Dispose();
}
