namespace Suite.Framework.Exports;

/// <summary>
/// One cell of a <see cref="FormattedSheet"/>: its value and what it is, so every report shows money, counts, shares
/// and days the same way (money with kopecks, a share as a percentage, a day as dd.mm.yyyy).
/// </summary>
public readonly record struct ReportCell(ReportCellKind Kind, object? Value)
{
    public static readonly ReportCell Empty = new(ReportCellKind.Empty, null);

    public static ReportCell Text(string? text) => text is null ? Empty : new(ReportCellKind.Text, text);

    public static ReportCell Money(decimal amount) => new(ReportCellKind.Money, amount);

    /// <summary>Money in a financial statement, where a zero is shown as a dash so the eye skips the empty months.</summary>
    public static ReportCell Sum(decimal amount) => new(ReportCellKind.Sum, amount);

    public static ReportCell Count(long count) => new(ReportCellKind.Count, count);

    /// <summary>A quantity of goods: whole ones without decimals, others with three (kilograms, litres).</summary>
    public static ReportCell Quantity(decimal quantity) => new(ReportCellKind.Quantity, quantity);

    /// <summary>A price or cost of one unit: kopecks always, and up to two more decimals when a cost averages out finer.</summary>
    public static ReportCell Price(decimal price) => new(ReportCellKind.Price, price);

    /// <summary>A measure with one decimal (minutes, days); empty when there is none.</summary>
    public static ReportCell Decimal(double? value) => value is { } v ? new(ReportCellKind.Decimal, v) : Empty;

    /// <summary>A fraction 0..1 shown as a percentage; empty when there is none.</summary>
    public static ReportCell Share(double? fraction) => fraction is { } f ? new(ReportCellKind.Share, f) : Empty;

    public static ReportCell Day(DateOnly day) => new(ReportCellKind.Day, day);

    /// <summary>A moment as the company's wall clock shows it (the caller converts it to the company's zone).</summary>
    public static ReportCell Time(DateTime local) => new(ReportCellKind.Time, local);

    public static implicit operator ReportCell(string? text) => Text(text);
}
