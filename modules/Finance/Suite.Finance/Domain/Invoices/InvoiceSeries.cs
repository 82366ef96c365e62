namespace Suite.Finance.Domain.Invoices;

/// <summary>The last number handed out in one prefix's series of one year; the next year starts at 1 again.</summary>
public sealed class InvoiceSeries
{
    private InvoiceSeries()
    {
        Prefix = null!;
    }

    public string Prefix { get; private set; }
    public int Year { get; private set; }
    public int LastNumber { get; private set; }

    /// <summary>"СЧ-2026-000123".</summary>
    public static string Format(string prefix, int year, int number) => $"{prefix}-{year}-{number:D6}";
}
