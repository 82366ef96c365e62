namespace Suite.Docs.Forms;

/// <summary>Whole numbers in English words, without "and" (as invoices write them: "one hundred one").</summary>
internal static class EnglishNumber
{
    private static readonly string[] Small =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];
    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    private static readonly (decimal Size, string Name)[] Scales =
        [(1_000_000_000_000m, "trillion"), (1_000_000_000m, "billion"), (1_000_000m, "million"), (1_000m, "thousand")];

    public static string Write(decimal number)
    {
        if (number == 0) return "zero";
        var words = new List<string>();
        foreach (var (size, name) in Scales)
        {
            var count = decimal.Truncate(number / size);
            if (count == 0) continue;
            if (count >= 1000) throw new ArgumentOutOfRangeException(nameof(number), "Too large to write in words.");
            words.Add(Triad((int)count) + " " + name);
            number -= count * size;
        }
        if (number > 0) words.Add(Triad((int)number));
        return string.Join(' ', words);
    }

    private static string Triad(int number)
    {
        var words = new List<string>();
        if (number >= 100) words.Add(Small[number / 100] + " hundred");
        var rest = number % 100;
        if (rest is > 0 and < 20) words.Add(Small[rest]);
        else if (rest >= 20) words.Add(rest % 10 == 0 ? Tens[rest / 10] : Tens[rest / 10] + "-" + Small[rest % 10]);
        return string.Join(' ', words);
    }
}
