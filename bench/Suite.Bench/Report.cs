namespace Suite.Bench;

/// <summary>The figures as two tables: every measurement, then HTTP against direct for each scenario and concurrency.</summary>
internal sealed class Report
{
    private readonly List<(Measurement Measurement, long Matches)> _rows = [];

    public void Add(Measurement measurement, long matches) => _rows.Add((measurement, matches));

    public void Print(bool compare = true)
    {
        Console.WriteLine();
        Console.WriteLine($"{"scenario",-24} {"matches",8} {"target",-7} {"conc",4} {"requests",8} {"errors",6} {"req/s",8} {"p50 ms",8} {"p99 ms",8}");
        foreach (var (m, matches) in _rows)
            Console.WriteLine($"{m.Scenario,-24} {matches,8} {m.Target,-7} {m.Concurrency,4} {m.Requests,8} {m.Errors,6} " +
                              $"{m.PerSecond,8:0.0} {m.P50Ms,8:0.00} {m.P99Ms,8:0.00}");

        if (!compare)
            return;
        Console.WriteLine();
        Console.WriteLine("HTTP / direct (throughput: how much of the database's rate the API keeps; latency: how many times slower)");
        Console.WriteLine($"{"scenario",-24} {"conc",4} {"req/s",8} {"p50",8} {"p99",8}");
        var pairs = _rows.Where(r => r.Measurement.Target == "http")
            .Join(_rows.Where(r => r.Measurement.Target == "direct"),
                h => (h.Measurement.Scenario, h.Measurement.Concurrency),
                d => (d.Measurement.Scenario, d.Measurement.Concurrency),
                (h, d) => (Http: h.Measurement, Direct: d.Measurement));
        foreach (var (h, d) in pairs)
            Console.WriteLine($"{h.Scenario,-24} {h.Concurrency,4} {h.PerSecond / d.PerSecond,7:0.00}x " +
                              $"{h.P50Ms / d.P50Ms,7:0.00}x {h.P99Ms / d.P99Ms,7:0.00}x");
    }
}
