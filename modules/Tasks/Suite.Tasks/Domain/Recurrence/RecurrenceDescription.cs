using System.Globalization;

namespace Suite.Tasks.Domain.Recurrence;

/// <summary>A <see cref="RecurrenceRule"/> in words, with Russian plurals ("каждые 2 недели", "каждые 5 недель").</summary>
internal static class RecurrenceDescription
{
    private static readonly string[] WeekdaysRu = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"];
    private static readonly string[] WeekdaysEn = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    private static readonly string[] MonthsRu =
        ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];

    private static readonly string[] MonthsEn =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static string Of(RecurrenceRule rule, bool russian)
    {
        var text = russian ? Russian(rule) : English(rule);
        if (rule.Count is { } count)
            text += russian ? $", {count} {Plural(count, "раз", "раза", "раз")}" : count == 1 ? ", once" : $", {count} times";
        if (rule.Until is { } until)
            text += russian
                ? $", по {until.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)}"
                : $", until {until.Day} {MonthsEn[until.Month - 1]} {until.Year}";
        return text;
    }

    private static string Russian(RecurrenceRule rule)
    {
        var n = rule.Interval;
        switch (rule.Frequency)
        {
            case RecurrenceFrequency.Daily:
                return Every(n, "каждый день", "день", "дня", "дней");
            case RecurrenceFrequency.Weekly:
                var weeks = n == 1 ? "каждую неделю" : $"{EveryWord(n, "каждую")} {n} {Plural(n, "неделю", "недели", "недель")}";
                return rule.Weekdays.Count == 0 ? weeks : $"{weeks} по {string.Join(", ", rule.Weekdays.Select(d => WeekdaysRu[RecurrenceRule.IsoOf(d) - 1]))}";
            case RecurrenceFrequency.Monthly:
                var months = Every(n, "каждый месяц", "месяц", "месяца", "месяцев");
                return rule.MonthDay switch
                {
                    null => months,
                    RecurrenceRule.LastDay => $"{months} в последний день",
                    var day => $"{months} {day}-го числа",
                };
            default:
                var years = Every(n, "каждый год", "год", "года", "лет");
                return rule switch
                {
                    { Month: { } month, MonthDay: RecurrenceRule.LastDay } => $"{years} в последний день {MonthsRu[month - 1]}",
                    { Month: { } month, MonthDay: { } day } => $"{years} {day} {MonthsRu[month - 1]}",
                    _ => years,
                };
        }
    }

    private static string English(RecurrenceRule rule)
    {
        var n = rule.Interval;
        switch (rule.Frequency)
        {
            case RecurrenceFrequency.Daily:
                return n == 1 ? "every day" : $"every {n} days";
            case RecurrenceFrequency.Weekly:
                var weeks = n == 1 ? "every week" : $"every {n} weeks";
                return rule.Weekdays.Count == 0 ? weeks : $"{weeks} on {string.Join(", ", rule.Weekdays.Select(d => WeekdaysEn[RecurrenceRule.IsoOf(d) - 1]))}";
            case RecurrenceFrequency.Monthly:
                var months = n == 1 ? "every month" : $"every {n} months";
                return rule.MonthDay switch
                {
                    null => months,
                    RecurrenceRule.LastDay => $"{months} on the last day",
                    var day => $"{months} on day {day}",
                };
            default:
                var years = n == 1 ? "every year" : $"every {n} years";
                return rule switch
                {
                    { Month: { } month, MonthDay: RecurrenceRule.LastDay } => $"{years} on the last day of {MonthsEn[month - 1]}",
                    { Month: { } month, MonthDay: { } day } => $"{years} on {day} {MonthsEn[month - 1]}",
                    _ => years,
                };
        }
    }

    /// <summary>"каждый месяц", "каждые 2 месяца", "каждые 5 месяцев", "каждый 21 месяц".</summary>
    private static string Every(int n, string one, string single, string few, string many) =>
        n == 1 ? one : $"{EveryWord(n, "каждый")} {n} {Plural(n, single, few, many)}";

    private static string EveryWord(int n, string singular) => Plural(n, singular, "каждые", "каждые");

    private static string Plural(int n, string one, string few, string many) =>
        (n % 10, n % 100) switch
        {
            (1, not 11) => one,
            ((>= 2) and (<= 4), not (12 or 13 or 14)) => few,
            _ => many,
        };
}
