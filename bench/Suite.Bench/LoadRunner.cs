using System.Diagnostics;

namespace Suite.Bench;

/// <summary>One measured run: how many requests completed, in how long, and their latency percentiles.</summary>
internal sealed record Measurement(string Scenario, string Target, int Concurrency, int Requests, int Errors, TimeSpan Elapsed, double P50Ms, double P99Ms)
{
    public double PerSecond => Requests / Elapsed.TotalSeconds;
}

/// <summary>
/// A closed loop: N workers each send the next request as soon as their previous one answers, until the
/// request budget or the time budget is spent, whichever comes first. Closed-loop keeps the load bounded
/// on a small machine where client, host and PostgreSQL share the cores.
/// </summary>
internal static class LoadRunner
{
    public static async Task<Measurement> RunAsync(
        string scenario, string target, Func<Task> request, int concurrency, int maxRequests, TimeSpan maxDuration)
    {
        var latencies = new double[maxRequests];
        var next = -1;
        var errors = 0;
        Exception? firstError = null;
        var clock = Stopwatch.StartNew();

        async Task Worker()
        {
            while (clock.Elapsed < maxDuration)
            {
                var slot = Interlocked.Increment(ref next);
                if (slot >= maxRequests)
                    return;
                var started = Stopwatch.GetTimestamp();
                try
                {
                    await request();
                    latencies[slot] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                }
                catch (Exception e)
                {
                    latencies[slot] = double.NaN;
                    Interlocked.Increment(ref errors);
                    Interlocked.CompareExchange(ref firstError, e, null);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(Worker)));
        var elapsed = clock.Elapsed;

        // Slots past the budget were never sent; slots of failed requests hold NaN.
        var taken = Math.Min(next + 1, maxRequests);
        var ok = latencies.Take(taken).Where(l => !double.IsNaN(l)).Order().ToArray();
        if (firstError is not null)
            Console.Error.WriteLine($"  {scenario} / {target} x{concurrency}: {errors} failed, first: {firstError.Message}");
        return new Measurement(scenario, target, concurrency, ok.Length, errors, elapsed, Percentile(ok, 0.50), Percentile(ok, 0.99));
    }

    /// <summary>Nearest rank on sorted values.</summary>
    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
