using System.Diagnostics;

namespace Suite.TasksBench;

/// <summary>p50 and p99 of a set of timed calls, in milliseconds.</summary>
internal sealed class Latency
{
    private readonly List<double> _ms = [];

    public int Count => _ms.Count;

    public async Task<T> TimeAsync<T>(Func<Task<T>> call)
    {
        var watch = Stopwatch.StartNew();
        var result = await call();
        _ms.Add(watch.Elapsed.TotalMilliseconds);
        return result;
    }

    public double Percentile(double p)
    {
        var sorted = _ms.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    public override string ToString() => $"p50 {Percentile(50),7:0.00} ms  p99 {Percentile(99),7:0.00} ms  ({Count} calls)";
}
