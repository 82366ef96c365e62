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
/// <c>ListExport.Write(query.AsEnumerable(), columns, format, "companies")</c>: the rows are read one at a time while the
/// file is written, so a list of 100,000 rows is never held in memory as entities (docs/bench-imports.md), only the file.
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

    /// <summary>
    /// The file of <paramref name="rows"/>, enumerated once. Pass a no-tracking query's <c>AsEnumerable()</c> to stream it:
    /// the file is written as its rows arrive (synchronously: MiniExcel takes a plain enumerable; the reads are the export's own).
    /// </summary>
    public static ExportFile Write<T>(IEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns, ExportFormat format, string baseName)
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

    private static byte[] Xlsx<T>(IEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(Sheet(rows, columns), sheetName: "Export", excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    /// <summary>One dictionary per row, made as MiniExcel asks for it; an empty list still gets its header row.</summary>
    private static IEnumerable<IDictionary<string, object?>> Sheet<T>(IEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns)
    {
        var any = false;
        foreach (var row in rows)
        {
            any = true;
            var cells = new Dictionary<string, object?>(columns.Count);
            foreach (var column in columns)
                cells[column.Header] = Cell(column.Value(row));
            yield return cells;
        }

        if (!any)
            yield return columns.ToDictionary(c => c.Header, _ => (object?)null);
    }

    private static byte[] Csv<T>(IEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns)
    {
        using var stream = new MemoryStream();
        using (var text = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        {
            text.Write(string.Join(';', columns.Select(c => Quote(Neutralise(c.Header)))));
            text.Write("\r\n");
            foreach (var row in rows)
            {
                text.Write(string.Join(';', columns.Select(c => Quote(Format(Cell(c.Value(row)))))));
                text.Write("\r\n");
            }
        }

        return stream.ToArray();
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
