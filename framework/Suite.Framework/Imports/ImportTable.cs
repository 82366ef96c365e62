using System.Globalization;
using System.Text;
using MiniExcelLibs;

namespace Suite.Framework.Imports;

/// <summary>
/// A CSV or XLSX file as a header row and data rows of text. CSV may be UTF-8 or Windows-1251 (what Excel
/// saves in Russia) and separated by ';' or ','; XLSX cells are turned into the text a user would type.
/// </summary>
public sealed class ImportTable
{
    private readonly Func<IEnumerable<string[]>> _rows;

    private ImportTable(IReadOnlyList<string> headers, Func<IEnumerable<string[]>> rows)
    {
        Headers = headers;
        _rows = rows;
    }

    public IReadOnlyList<string> Headers { get; }

    /// <summary>The data rows after the header, each as long as the header; read lazily, so a large file is not held twice.</summary>
    public IEnumerable<string[]> Rows => NumberedRows.Select(r => r.Cells);

    /// <summary>
    /// The data rows with the number a spreadsheet shows beside them (the header is row 1), so a message about a row
    /// points where the user looks; blank rows are skipped but still counted.
    /// </summary>
    public IEnumerable<(int Number, string[] Cells)> NumberedRows => _rows()
        .Select((r, i) => (Number: i + 2, Cells: r.Length == Headers.Count ? r : Resize(r, Headers.Count)))
        .Where(r => r.Cells.Any(c => c.Length > 0));

    public static bool IsSpreadsheet(string fileName, byte[] content) =>
        fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
        || (content.Length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4);

    /// <exception cref="FormatException">The file is neither readable CSV nor XLSX, or has no header row.</exception>
    public static ImportTable Read(string fileName, byte[] content)
    {
        if (IsSpreadsheet(fileName, content))
            return ReadSpreadsheet(content);
        var text = Decode(content);
        var separator = DetectSeparator(text);
        var first = ParseCsv(text, separator).FirstOrDefault() ?? throw new FormatException("The file is empty.");
        var headers = HeaderNames(first);
        return new ImportTable(headers, () => ParseCsv(text, separator).Skip(1));
    }

    internal static string Decode(byte[] content)
    {
        if (content.Length >= 3 && content[0] == 0xEF && content[1] == 0xBB && content[2] == 0xBF)
            return Encoding.UTF8.GetString(content, 3, content.Length - 3);
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(1251)!.GetString(content);
        }
    }

    /// <summary>The separator the header line uses more of, outside quotes; ';' wins a tie (Excel's choice in Russia).</summary>
    internal static char DetectSeparator(string text)
    {
        int semicolons = 0, commas = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
                quoted = !quoted;
            else if (!quoted && c is '\n' or '\r')
                break;
            else if (!quoted && c == ';')
                semicolons++;
            else if (!quoted && c == ',')
                commas++;
        }

        return commas > semicolons ? ',' : ';';
    }

    /// <summary>RFC 4180: quoted fields may hold separators, line breaks and doubled quotes.</summary>
    internal static IEnumerable<string[]> ParseCsv(string text, char separator)
    {
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i += 2;
                    continue;
                }

                if (c == '"')
                    quoted = false;
                else
                    field.Append(c);
                i++;
                continue;
            }

            if (c == '"' && field.Length == 0)
                quoted = true;
            else if (c == separator)
            {
                row.Add(field.ToString().Trim());
                field.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    i++;
                row.Add(field.ToString().Trim());
                field.Clear();
                yield return row.ToArray();
                row.Clear();
            }
            else
                field.Append(c);
            i++;
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString().Trim());
            yield return row.ToArray();
        }
    }

    private static ImportTable ReadSpreadsheet(byte[] content)
    {
        IEnumerable<string[]> All()
        {
            using var stream = new MemoryStream(content, writable: false);
            foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX))
                yield return row.Values.Select(Cell).ToArray();
        }

        string[] first;
        try
        {
            first = All().FirstOrDefault() ?? throw new FormatException("The workbook is empty.");
        }
        catch (Exception e) when (e is not FormatException)
        {
            throw new FormatException("The workbook cannot be read.", e);
        }

        var headers = HeaderNames(first);
        return new ImportTable(headers, () => All().Skip(1));
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        string s => s.Trim(),
        DateTime d => d.TimeOfDay == TimeSpan.Zero ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : d.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
        double n => n.ToString("0.###############", CultureInfo.InvariantCulture),
        decimal n => n.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()?.Trim() ?? "",
    };

    /// <summary>Blank headers get a name and repeated ones a number, so every column can be mapped by its header.</summary>
    private static List<string> HeaderNames(string[] first)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var headers = new List<string>();
        for (var i = 0; i < first.Length; i++)
        {
            var name = first[i].Trim().TrimStart('\uFEFF');
            if (name.Length == 0)
                name = $"#{i + 1}";
            var unique = name;
            for (var n = 2; !seen.Add(unique); n++)
                unique = $"{name} ({n})";
            headers.Add(unique);
        }

        // Trailing unnamed empty columns (Excel's habit) are dropped.
        while (headers.Count > 0 && headers[^1].StartsWith('#') && first[headers.Count - 1].Length == 0)
            headers.RemoveAt(headers.Count - 1);
        return headers;
    }

    private static string[] Resize(string[] row, int length)
    {
        var resized = new string[length];
        for (var i = 0; i < length; i++)
            resized[i] = i < row.Length ? row[i] : "";
        return resized;
    }
}
