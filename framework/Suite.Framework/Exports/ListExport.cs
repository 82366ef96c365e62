using System.Globalization;
using System.Text;
using MiniExcelLibs;
using Suite.Framework.Domain;
using Suite.Framework.Localization;

namespace Suite.Framework.Exports;

public enum ExportFormat
{
    Xlsx,
    Csv,
}

/// <summary>One column of an exported list: its header and how a row gives its cell.</summary>
public sealed record ExportColumn<T>(string Header, Func<T, object?> Value);

/// <summary>An exported list, ready to send.</summary>
public sealed record ExportFile(byte[] Content, string ContentType, string FileName)
{
    /// <summary>The file as an endpoint's download answer.</summary>
    public Microsoft.AspNetCore.Http.HttpResults.FileContentHttpResult ToDownload() =>
        Microsoft.AspNetCore.Http.TypedResults.File(Content, ContentType, FileName);
}

/// <summary>
/// Writes any list as XLSX (MiniExcel) or CSV for Excel in a Russian locale (UTF-8 with BOM, ';' between cells,
/// decimal comma). A list's export is its filtered query plus its columns, e.g.
/// <c>ListExport.Write(rows, columns, format, "companies")</c>.
/// </summary>
public static class ListExport
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvContentType = "text/csv";

    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    public static ExportFormat ParseFormat(string? format) => format?.Trim().ToLowerInvariant() switch
    {
        null or "" or "xlsx" => ExportFormat.Xlsx,
        "csv" => ExportFormat.Csv,
        _ => throw InputValidationException.For("format", Text.Pick("Формат — xlsx или csv.", "The format is xlsx or csv.")),
    };

    public static ExportFile Write<T>(IReadOnlyList<T> rows, IReadOnlyList<ExportColumn<T>> columns, ExportFormat format, string baseName)
    {
        var fileName = $"{baseName}-{DateTime.UtcNow:yyyyMMdd-HHmm}";
        return format == ExportFormat.Csv
            ? new ExportFile(Csv(rows, columns), CsvContentType, fileName + ".csv")
            : new ExportFile(Xlsx(rows, columns), XlsxContentType, fileName + ".xlsx");
    }

    /// <summary>
    /// Text that a spreadsheet would read as a formula (=, +, -, @, or a leading tab or carriage return) gets a leading
    /// apostrophe, so it shows as typed and never runs (OWASP "CSV injection"). Numbers are written as numbers, not through here.
    /// </summary>
    public static string? Neutralise(string? text) =>
        string.IsNullOrEmpty(text) || text[0] is not ('=' or '+' or '-' or '@' or '\t' or '\r') ? text : "'" + text;

    /// <summary>Undoes <see cref="Neutralise"/> when a file this module exported comes back in an import, so "'-5" is "-5" again.</summary>
    public static string? Restore(string? text) =>
        text is { Length: > 1 } && text[0] == '\'' && text[1] is '=' or '+' or '-' or '@' or '\t' or '\r' ? text[1..] : text;

    private static object? Cell(object? value) => value switch
    {
        null => null,
        string s => Neutralise(s),
        DateOnly d => d.ToDateTime(TimeOnly.MinValue),
        DateTimeOffset t => t.UtcDateTime,
        Guid g => g.ToString(),
        Enum e => e.ToString().ToLowerInvariant(),
        IEnumerable<string> list => Neutralise(string.Join(", ", list)),
        _ => value,
    };

    private static byte[] Xlsx<T>(IReadOnlyList<T> rows, IReadOnlyList<ExportColumn<T>> columns)
    {
        var sheet = rows.Select(row =>
        {
            var cells = new Dictionary<string, object?>(columns.Count);
            foreach (var column in columns)
                cells[column.Header] = Cell(column.Value(row));
            return (IDictionary<string, object?>)cells;
        });
        using var stream = new MemoryStream();
        // An empty list still gets its header row.
        if (rows.Count == 0)
            sheet = [columns.ToDictionary(c => c.Header, _ => (object?)null)];
        stream.SaveAs(sheet, sheetName: "Export", excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private static byte[] Csv<T>(IReadOnlyList<T> rows, IReadOnlyList<ExportColumn<T>> columns)
    {
        var text = new StringBuilder();
        text.AppendJoin(';', columns.Select(c => Quote(Neutralise(c.Header)))).Append("\r\n");
        foreach (var row in rows)
            text.AppendJoin(';', columns.Select(c => Quote(Format(Cell(c.Value(row)))))).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        DateTime { TimeOfDay.Ticks: 0 } date => date.ToString("dd.MM.yyyy", Russian),
        DateTime time => time.ToString("dd.MM.yyyy HH:mm:ss", Russian),
        decimal number => number.ToString("0.##########", Russian),
        bool flag => flag ? "1" : "0",
        IFormattable formattable => formattable.ToString(null, Russian),
        _ => value.ToString() ?? "",
    };

    private static string Quote(string? cell) =>
        cell is null ? "" :
        cell.IndexOfAny([';', '"', '\r', '\n']) < 0 ? cell : "\"" + cell.Replace("\"", "\"\"") + "\"";
}
