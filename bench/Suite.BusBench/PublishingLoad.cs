using System.Diagnostics;

namespace Suite.BusBench;

/// <summary>The two load shapes, for any publisher: a fixed rate, and flat out.</summary>
internal static class PublishingLoad
{
    /// <summary>
    /// Events numbered from <paramref name="first"/>, one per publish, each at its own time start + i / rate, from enough
    /// concurrent publishers that a slow commit does not hold the next event back.
    /// </summary>
    public static async Task FixedRateAsync(Func<long, int, Task> publish, long first, int rate, TimeSpan duration, int publishers = 32)
    {
        var total = (long)(rate * duration.TotalSeconds);
        var next = -1L;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, publishers).Select(async _ =>
        {
            while (true)
            {
                var i = Interlocked.Increment(ref next);
                if (i >= total)
                    return;
                var due = TimeSpan.FromSeconds((double)i / rate) - clock.Elapsed;
                if (due > TimeSpan.Zero)
                    await Task.Delay(due);
                await publish(first + i, 1);
            }
        }));
    }

    /// <summary>Publishers committing <paramref name="batch"/> events at a time for <paramref name="duration"/>; returns how many.</summary>
    public static async Task<long> FlatOutAsync(Func<long, int, Task> publish, long first, int batch, TimeSpan duration, int publishers)
    {
        var next = first;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, publishers).Select(async _ =>
        {
            while (clock.Elapsed < duration)
                await publish(Interlocked.Add(ref next, batch) - batch, batch);
        }));
        return next - first;
    }
}
