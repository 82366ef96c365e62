using Suite.Framework.Localization;

namespace Suite.Crm.Application.Reports;

/// <summary>The line under a report workbook's title: which days it covers, in the request's language.</summary>
internal static class ReportSubtitle
{
    public static string Of(ReportFilter filter) => (filter.From, filter.To) switch
    {
        ({ } from, { } to) => Text.Pick($"С {from:dd.MM.yyyy} по {to:dd.MM.yyyy}", $"{from:yyyy-MM-dd} to {to:yyyy-MM-dd}"),
        ({ } from, null) => Text.Pick($"С {from:dd.MM.yyyy}", $"From {from:yyyy-MM-dd}"),
        (null, { } to) => Text.Pick($"По {to:dd.MM.yyyy}", $"Up to {to:yyyy-MM-dd}"),
        _ => Text.Pick("За всё время", "All time"),
    };
}
