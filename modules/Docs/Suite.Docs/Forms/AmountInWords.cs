namespace Suite.Docs.Forms;

/// <summary>
/// A rouble amount written out as invoices print it: the roubles in words, the kopecks as two digits,
/// each followed by its noun in the right form ("Двадцать один рубль 05 копеек", "Twenty-one roubles 05 kopecks").
/// </summary>
internal static class AmountInWords
{
    public static string Write(decimal amount, Language language)
    {
        if (amount < 0) throw new ArgumentOutOfRangeException(nameof(amount), "An amount in words is never negative.");
        amount = decimal.Round(amount, 2, MidpointRounding.AwayFromZero);
        var roubles = decimal.Truncate(amount);
        var kopecks = (int)((amount - roubles) * 100);
        var text = language == Language.Russian ? Russian(roubles, kopecks) : English(roubles, kopecks);
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    private static string Russian(decimal roubles, int kopecks) =>
        $"{RussianNumber.Write(roubles, feminine: false)} {RussianNumber.Noun(roubles, "рубль", "рубля", "рублей")} " +
        $"{kopecks:00} {RussianNumber.Noun(kopecks, "копейка", "копейки", "копеек")}";

    private static string English(decimal roubles, int kopecks) =>
        $"{EnglishNumber.Write(roubles)} {(roubles == 1 ? "rouble" : "roubles")} {kopecks:00} {(kopecks == 1 ? "kopeck" : "kopecks")}";
}
