using System.Collections.Concurrent;
using System.Diagnostics;

namespace Suite.BusBench;

/// <summary>When each numbered event was committed and when it was done, in stopwatch ticks of this process.</summary>
internal sealed class Arrivals
{
    private readonly ConcurrentDictionary<long, long> _sent = new();
    private readonly ConcurrentDictionary<long, long> _done = new();
    private long _duplicates;

    public int DoneCount => _done.Count;
    public long Duplicates => Interlocked.Read(ref _duplicates);

    public void Sent(long number) => _sent[number] = Stopwatch.GetTimestamp();

    public void Done(IEnumerable<long> numbers)
    {
        var now = Stopwatch.GetTimestamp();
        foreach (var number in numbers)
            if (!_done.TryAdd(number, now))
                Interlocked.Increment(ref _duplicates);
    }

    /// <summary>Milliseconds from commit to done of the numbers in [from, to).</summary>
    public List<double> Latencies(long from, long to)
    {
        var result = new List<double>();
        for (var n = from; n < to; n++)
            if (_sent.TryGetValue(n, out var sent) && _done.TryGetValue(n, out var done))
                result.Add(Stopwatch.GetElapsedTime(sent, done).TotalMilliseconds);
        return result;
    }

    public long LastDone(long from, long to)
    {
        long last = 0;
        for (var n = from; n < to; n++)
            if (_done.TryGetValue(n, out var done) && done > last)
                last = done;
        return last;
    }

    public async Task<bool> WaitForAsync(long from, long to, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            var missing = false;
            for (var n = from; n < to && !missing; n++)
                missing = !_done.ContainsKey(n);
            if (!missing)
                return true;
            await Task.Delay(50);
        }
        return false;
    }
}
