using System.Globalization;

namespace Suite.Docs.Forms;

/// <summary>Money, quantities and dates as the forms print them in each language.</summary>
internal static class PrintFormat
{
    // A no-break space between thousands, so that wrapping never splits an amount.
    private static readonly NumberFormatInfo RussianNumbers = new() { NumberGroupSeparator = "\u00A0", NumberDecimalSeparator = "," };
    private static readonly NumberFormatInfo EnglishNumbers = new() { NumberGroupSeparator = ",", NumberDecimalSeparator = "." };

    private static readonly string[] RussianMonths =
        ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];

    public static string Money(decimal amount, Language language) => amount.ToString("#,0.00", Numbers(language));

    public static string Quantity(decimal quantity, Language language) => quantity.ToString("#,0.###", Numbers(language));

    public static string Date(DateOnly date, Language language) => language == Language.Russian
        ? $"{date.Day} {RussianMonths[date.Month - 1]} {date.Year} г."
        : date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Percent(decimal rate, Language language) => rate.ToString("0.##", Numbers(language)) + " %";

    private static NumberFormatInfo Numbers(Language language) => language == Language.Russian ? RussianNumbers : EnglishNumbers;
}
