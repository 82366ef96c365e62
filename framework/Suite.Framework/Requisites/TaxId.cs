namespace Suite.Framework.Requisites;

/// <summary>
/// The Russian taxpayer number (ИНН): 10 digits for an organisation, 12 for an individual entrepreneur,
/// with check digits, so a mistyped number is caught at entry rather than on the first invoice.
/// </summary>
public static class TaxId
{
    private static readonly int[] Weights10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];
    private static readonly int[] Weights11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
    private static readonly int[] Weights12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

    public static bool IsValid(string value)
    {
        if (value.Length is not (10 or 12) || !value.All(char.IsAsciiDigit))
            return false;
        var digits = value.Select(c => c - '0').ToArray();
        return value.Length == 10
            ? CheckDigit(digits, Weights10) == digits[9]
            : CheckDigit(digits, Weights11) == digits[10] && CheckDigit(digits, Weights12) == digits[11];
    }

    /// <summary>Completes 9 (or 10) leading digits into a valid 10-digit (or 12-digit) number.</summary>
    public static string Complete(string leadingDigits)
    {
        var digits = leadingDigits.Select(c => c - '0').ToList();
        if (digits.Count == 9)
            return leadingDigits + CheckDigit(digits, Weights10);
        if (digits.Count != 10)
            throw new ArgumentException("Give 9 digits for an organisation or 10 for an entrepreneur.", nameof(leadingDigits));
        digits.Add(CheckDigit(digits, Weights11));
        return string.Concat(digits) + CheckDigit(digits, Weights12);
    }

    private static int CheckDigit(IReadOnlyList<int> digits, int[] weights) =>
        weights.Select((w, i) => w * digits[i]).Sum() % 11 % 10;
}
