using System.Globalization;
using Suite.Framework.Localization;

namespace Suite.Tasks.Domain.Recurrence;

/// <summary>
/// Reads the RRULE subset <see cref="RecurrenceRule"/> supports. Anything outside it is refused with a message that
/// names the part, rather than half-understood: a rule read differently from what the user meant sets tasks on the
/// wrong days for months.
/// </summary>
internal static class RecurrenceRuleParser
{
    /// <summary>RRULE's weekday names, Monday first.</summary>
    public static readonly string[] Weekdays = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

    private const int MaxLength = 200;

    public static bool TryParse(string? text, out RecurrenceRule rule, out string error)
    {
        rule = null!;
        error = Read(text, out var parsed) ?? "";
        if (parsed is null)
            return false;
        rule = parsed;
        return true;
    }

    private static string? Read(string? text, out RecurrenceRule? rule)
    {
        rule = null;
        text = text?.Trim();
        if (string.IsNullOrEmpty(text))
            return Text.Pick("Правило повторения пустое.", "The recurrence rule is empty.");
        if (text.Length > MaxLength)
            return Text.Pick("Правило повторения слишком длинное.", "The recurrence rule is too long.");
        if (text.StartsWith("RRULE:", StringComparison.OrdinalIgnoreCase))
            text = text[6..];

        var parts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOf('=');
            if (eq <= 0 || eq == part.Length - 1)
                return Text.Pick($"«{part}»: ожидается ИМЯ=ЗНАЧЕНИЕ.", $"'{part}': expected NAME=VALUE.");
            var name = part[..eq].Trim().ToUpperInvariant();
            if (!parts.TryAdd(name, part[(eq + 1)..].Trim().ToUpperInvariant()))
                return Text.Pick($"{name} указан дважды.", $"{name} is given twice.");
        }

        if (!parts.TryGetValue("FREQ", out var freqText))
            return Text.Pick("Не указана частота (FREQ).", "The frequency (FREQ) is missing.");
        RecurrenceFrequency? frequency = freqText switch
        {
            "DAILY" => RecurrenceFrequency.Daily,
            "WEEKLY" => RecurrenceFrequency.Weekly,
            "MONTHLY" => RecurrenceFrequency.Monthly,
            "YEARLY" => RecurrenceFrequency.Yearly,
            _ => null,
        };
        if (frequency is not { } freq)
            return Text.Pick($"Частота «{freqText}» не поддерживается: DAILY, WEEKLY, MONTHLY или YEARLY.",
                $"The frequency '{freqText}' is not supported: DAILY, WEEKLY, MONTHLY or YEARLY.");

        var result = new RecurrenceRule { Frequency = freq };
        foreach (var (name, value) in parts)
        {
            string? problem;
            (result, problem) = Apply(result, name, value);
            if (problem is not null)
                return problem;
        }

        if (result.Count is not null && result.Until is not null)
            return Text.Pick("Укажите что-то одно: COUNT или UNTIL.", "Give either COUNT or UNTIL, not both.");
        if (freq == RecurrenceFrequency.Yearly && (result.Month is null) != (result.MonthDay is null))
            return Text.Pick("Для FREQ=YEARLY BYMONTH и BYMONTHDAY указываются вместе.", "With FREQ=YEARLY, BYMONTH and BYMONTHDAY go together.");
        if (result is { Month: { } month, MonthDay: { } day } && day > DateTime.DaysInMonth(2000, month))
            return Text.Pick($"В месяце {month} нет {day}-го числа.", $"Month {month} has no day {day}.");
        rule = result;
        return null;
    }

    private static (RecurrenceRule, string?) Apply(RecurrenceRule rule, string name, string value)
    {
        switch (name)
        {
            case "FREQ":
                return (rule, null);
            case "INTERVAL":
            {
                var (n, error) = Number(value, 1, RecurrenceRule.MaxInterval, name);
                return error is null ? (rule with { Interval = n }, null) : (rule, error);
            }

            case "COUNT":
            {
                var (n, error) = Number(value, 1, RecurrenceRule.MaxCount, name);
                return error is null ? (rule with { Count = n }, null) : (rule, error);
            }

            case "UNTIL":
                return DateOnly.TryParseExact(value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var until)
                    ? (rule with { Until = until }, null)
                    : (rule, Text.Pick($"UNTIL «{value}»: нужна дата ГГГГММДД, например 20271231.", $"UNTIL '{value}': expected a date yyyymmdd, e.g. 20271231."));
            case "BYDAY":
                return ByDay(rule, value);
            case "BYMONTHDAY":
                return ByMonthDay(rule, value);
            case "BYMONTH":
            {
                if (rule.Frequency != RecurrenceFrequency.Yearly)
                    return (rule, Text.Pick("BYMONTH бывает только у FREQ=YEARLY.", "BYMONTH is only supported with FREQ=YEARLY."));
                var (month, error) = Number(value, 1, 12, name);
                return error is null ? (rule with { Month = month }, null) : (rule, error);
            }

            default:
                return (rule, Text.Pick($"{name} не поддерживается.", $"{name} is not supported."));
        }
    }

    private static (int Value, string? Error) Number(string value, int min, int max, string name) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? (n, null)
            : (0, Text.Pick($"{name} — целое число от {min} до {max}.", $"{name} must be a whole number from {min} to {max}."));

    private static (RecurrenceRule, string?) ByDay(RecurrenceRule rule, string value)
    {
        if (rule.Frequency != RecurrenceFrequency.Weekly)
            return (rule, Text.Pick("BYDAY бывает только у FREQ=WEEKLY.", "BYDAY is only supported with FREQ=WEEKLY."));
        var days = new SortedSet<int>();
        foreach (var name in value.Split(',', StringSplitOptions.TrimEntries))
        {
            var index = Array.IndexOf(Weekdays, name);
            if (index < 0)
                return (rule, Text.Pick($"BYDAY «{name}»: дни недели — MO, TU, WE, TH, FR, SA, SU.", $"BYDAY '{name}': the weekdays are MO, TU, WE, TH, FR, SA, SU."));
            days.Add(index + 1);
        }

        return (rule with { Weekdays = [.. days.Select(iso => (DayOfWeek)(iso % 7))] }, null);
    }

    private static (RecurrenceRule, string?) ByMonthDay(RecurrenceRule rule, string value)
    {
        if (rule.Frequency is not (RecurrenceFrequency.Monthly or RecurrenceFrequency.Yearly))
            return (rule, Text.Pick("BYMONTHDAY бывает только у FREQ=MONTHLY и YEARLY.", "BYMONTHDAY is only supported with FREQ=MONTHLY and YEARLY."));
        if (value == "-1")
            return (rule with { MonthDay = RecurrenceRule.LastDay }, null);
        var (day, error) = Number(value, 1, 31, "BYMONTHDAY");
        return error is null
            ? (rule with { MonthDay = day }, null)
            : (rule, Text.Pick("BYMONTHDAY — число от 1 до 31 или -1 (последний день месяца).", "BYMONTHDAY must be 1 to 31, or -1 for the last day of the month."));
    }
}
