using System.Globalization;
using Suite.Framework.Domain;
using Suite.Framework.Localization;

namespace Suite.Crm.Application.Reports;

/// <summary>
/// The amounts that cut deals into budget ranges, from the request's <c>bounds=100000,500000,1000000</c>: up to
/// <see cref="MaxCount"/> positive amounts with at most two decimals, strictly ascending, none above <see cref="MaxBound"/>.
/// Without the parameter the ranges are below 100,000, 100,000–500,000, 500,000–1,000,000 and 1,000,000 and above.
/// </summary>
internal static class DealSegmentBounds
{
    public const int MaxCount = 10;
    public const decimal MaxBound = 1_000_000_000_000m;
    public static readonly IReadOnlyList<decimal> Default = [100_000m, 500_000m, 1_000_000m];

    public static IReadOnlyList<decimal> Parse(string? bounds)
    {
        if (string.IsNullOrWhiteSpace(bounds))
            return Default;
        var parts = bounds.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length > MaxCount)
            throw Invalid(Text.Pick($"Границ не больше {MaxCount}.", $"At most {MaxCount} bounds."));
        var values = new List<decimal>();
        foreach (var part in parts)
        {
            if (!decimal.TryParse(part, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
                || value <= 0 || value > MaxBound || decimal.Round(value, 2) != value)
                throw Invalid(Text.Pick(
                    $"Граница «{part}» — не сумма: нужна положительная сумма до {MaxBound:N0} с точкой и не больше чем двумя знаками после неё.",
                    $"The bound \"{part}\" is not an amount: a positive amount up to {MaxBound:N0}, with a decimal point and at most 2 decimals."));
            if (values.Count > 0 && value <= values[^1])
                throw Invalid(Text.Pick("Границы — по возрастанию, без повторов.", "The bounds go up, without repeats."));
            values.Add(value);
        }

        return values;
    }

    private static InputValidationException Invalid(string message) => InputValidationException.For("bounds", message);
}
