namespace Suite.Docs.Forms;

/// <summary>Whole numbers in Russian words, in the gender of the noun they count.</summary>
internal static class RussianNumber
{
    private static readonly string[] Units = ["", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"];
    private static readonly string[] FeminineUnits = ["", "одна", "две", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"];
    private static readonly string[] Teens =
        ["десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать"];
    private static readonly string[] Tens = ["", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто"];
    private static readonly string[] Hundreds = ["", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот", "девятьсот"];

    // Largest first. Тысяча is feminine (одна тысяча, две тысячи); the others are masculine.
    private static readonly (decimal Size, bool Feminine, string One, string Few, string Many)[] Scales =
    [
        (1_000_000_000_000m, false, "триллион", "триллиона", "триллионов"),
        (1_000_000_000m, false, "миллиард", "миллиарда", "миллиардов"),
        (1_000_000m, false, "миллион", "миллиона", "миллионов"),
        (1_000m, true, "тысяча", "тысячи", "тысяч"),
    ];

    public static string Write(decimal number, bool feminine)
    {
        if (number == 0) return "ноль";
        var words = new List<string>();
        foreach (var (size, scaleFeminine, one, few, many) in Scales)
        {
            var count = decimal.Truncate(number / size);
            if (count == 0) continue;
            if (count >= 1000) throw new ArgumentOutOfRangeException(nameof(number), "Too large to write in words.");
            words.Add(Triad((int)count, scaleFeminine));
            words.Add(Noun(count, one, few, many));
            number -= count * size;
        }
        if (number > 0) words.Add(Triad((int)number, feminine));
        return string.Join(' ', words.Where(w => w.Length > 0));
    }

    /// <summary>The noun's form for a count: 1 рубль, 2 рубля, 5 рублей, 11 рублей, 21 рубль.</summary>
    public static string Noun(decimal count, string one, string few, string many)
    {
        var lastTwo = (int)(count % 100);
        if (lastTwo is >= 11 and <= 19) return many;
        return (lastTwo % 10) switch { 1 => one, 2 or 3 or 4 => few, _ => many };
    }

    private static string Triad(int number, bool feminine)
    {
        var words = new List<string> { Hundreds[number / 100] };
        var rest = number % 100;
        if (rest is >= 10 and <= 19) words.Add(Teens[rest - 10]);
        else
        {
            words.Add(Tens[rest / 10]);
            words.Add((feminine ? FeminineUnits : Units)[rest % 10]);
        }
        return string.Join(' ', words.Where(w => w.Length > 0));
    }
}
