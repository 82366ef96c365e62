namespace Suite.Docs.Domain.Documents;

/// <summary>The last number taken in one series (a prefix in one year); numbers are 1, 2, 3… with no gap.</summary>
public sealed class DocumentSeries
{
    public string Prefix { get; private set; } = "";
    public int Year { get; private set; }
    public int LastNumber { get; private set; }

    /// <summary>Д-2026-0001: four digits, more when a year needs them.</summary>
    public static string Format(string prefix, int year, int number) => $"{prefix}-{year}-{number:D4}";
}
