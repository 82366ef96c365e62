using System.Globalization;
using Suite.Framework.Digest;

namespace Suite.Host.Notifications.Digest;

/// <summary>How the digest writes its figures, the way the web app does (<c>222 000,00 ₽</c>, <c>85,7 %</c>) in Russian.</summary>
internal static class DigestFormat
{
    public static CultureInfo Culture(string language) => CultureInfo.GetCultureInfo(language == "en" ? "en-US" : "ru-RU");

    /// <summary>The week as the subject names it: 30.11–06.12.</summary>
    public static string Week(DigestWeek week) => $"{week.From:dd.MM}–{week.To:dd.MM}";

    public static string Value(decimal? value, DigestUnit unit, string language)
    {
        if (value is not { } v)
            return "—";
        var culture = Culture(language);
        return unit switch
        {
            DigestUnit.Money => v.ToString("#,##0.00", culture) + (language == "en" ? " RUB" : " ₽"),
            DigestUnit.Percent => v.ToString("0.##", culture) + (language == "en" ? "%" : " %"),
            _ => v.ToString("#,##0", culture),
        };
    }

    /// <summary>The change against the week before with its sign, or nothing when there is no week before to compare.</summary>
    public static string Change(DigestFigure figure, string language)
    {
        if (figure.WeekBefore is not { } before)
            return "";
        var change = figure.Value - before;
        return change switch
        {
            > 0 => "+" + Value(change, figure.Unit, language),
            < 0 => "−" + Value(-change, figure.Unit, language),
            _ => "0",
        };
    }
}
