namespace Suite.BusBench;

internal static class Percentiles
{
    public static double Of(List<double> values, double p)
    {
        if (values.Count == 0)
            return double.NaN;
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    public static string Describe(List<double> ms) =>
        $"p50 {Of(ms, 50),7:0.0} ms  p99 {Of(ms, 99),7:0.0} ms  max {Of(ms, 100),7:0.0} ms  ({ms.Count} events)";
}
