using System.Globalization;
using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Framework.Time;

namespace Suite.Host.Settings;

/// <summary>
/// A new working calendar. Dates come as text so that a mistyped one ("2027-02-30") is named in a 400 on its field
/// rather than failing the whole body.
/// </summary>
internal sealed record WorkingCalendarInput
{
    public const int MaxDays = 1000;

    /// <summary>ISO days of the week off: 1 = Monday … 7 = Sunday; at least one day must remain a working day.</summary>
    public int[]? WeekendDays { get; init; }

    /// <summary>Days off, yyyy-MM-dd.</summary>
    public string[]? Holidays { get; init; }

    /// <summary>Weekend days that are worked, yyyy-MM-dd.</summary>
    public string[]? Workdays { get; init; }

    public string? ConcurrencyStamp { get; init; }

    /// <summary>The calendar this input describes, or a 400 naming every field that is wrong.</summary>
    public WorkingDays ToWorkingDays()
    {
        var errors = new Dictionary<string, string[]>();
        var weekend = WeekendDays ?? [];
        if (weekend.Any(d => d is < 1 or > 7))
            errors["weekendDays"] = [Text.Pick("Выходные дни недели — числа от 1 (пн) до 7 (вс).", "Weekend days are numbers from 1 (Mon) to 7 (Sun).")];
        else if (weekend.Distinct().Count() != weekend.Length)
            errors["weekendDays"] = [Text.Pick("Выходной день недели указан дважды.", "A weekend day is listed twice.")];
        else if (weekend.Length == 7)
            errors["weekendDays"] = [Text.Pick("Хотя бы один день недели должен быть рабочим.", "At least one day of the week must be a working day.")];
        var holidays = Dates("holidays", Holidays, errors);
        var workdays = Dates("workdays", Workdays, errors);
        if (holidays.Intersect(workdays).Order().Take(1).ToList() is [var both])
            errors["workdays"] = [Text.Pick($"{both:dd.MM.yyyy} указан и праздником, и рабочим днём.", $"{both:yyyy-MM-dd} is listed both as a holiday and as a workday.")];
        if (errors.Count > 0)
            throw new InputValidationException(errors);
        return new WorkingDays(weekend, holidays, workdays);
    }

    private static HashSet<DateOnly> Dates(string field, string[]? texts, Dictionary<string, string[]> errors)
    {
        var dates = new HashSet<DateOnly>();
        if (texts is null)
            return dates;
        if (texts.Length > MaxDays)
        {
            errors[field] = [Text.Pick($"Не больше {MaxDays} дат.", $"At most {MaxDays} dates.")];
            return dates;
        }

        var wrong = texts.Where(t => !DateOnly.TryParseExact(t?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)).ToList();
        if (wrong.Count > 0)
        {
            errors[field] = [Text.Pick($"Неверная дата «{wrong[0]}»: нужен формат ГГГГ-ММ-ДД.", $"Invalid date '{wrong[0]}': use yyyy-MM-dd.")];
            return dates;
        }

        // A date listed twice is the same day off: kept once rather than refused.
        foreach (var text in texts)
            dates.Add(DateOnly.ParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture));
        return dates;
    }
}
