using Suite.Docs.Rendering;

namespace Suite.Docs.Templates;

/// <summary>
/// The little markup a document template writes, one instruction per line, laid out with the layout layer's boxes:
/// <list type="bullet">
/// <item><c># Title</c> a centred heading, <c>## Section</c> a left-aligned one;</item>
/// <item><c>**a whole line**</c> a bold line (the layout has no mixed styles inside a line);</item>
/// <item><c>&gt;&gt; text</c> a right-aligned line (the addressee of a letter, a signature);</item>
/// <item><c>| a | b |</c> rows of a table, consecutive lines forming one table; a <c>|---|---|</c> line under the first
/// row makes it the header, repeated when the table breaks across pages;</item>
/// <item><c>---</c> a horizontal rule; an empty line a paragraph gap; any other line a wrapped line of text.</item>
/// </list>
/// </summary>
internal static class FreeFormMarkup
{
    private static readonly TextStyle Body = new(10);
    private static readonly TextStyle Bold = Body.WithBold();
    private static readonly TextStyle Title = new(14, Bold: true, Align: TextAlign.Center);
    private static readonly TextStyle Section = new(11, Bold: true);
    private static readonly TextStyle Cells = new(9);

    public static void Lay(string text, PdfDocument document)
    {
        var lines = text.Replace("\r", "").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (IsTableRow(line))
            {
                var start = i;
                while (i + 1 < lines.Length && IsTableRow(lines[i + 1].TrimEnd())) i++;
                document.Add(TableOf(lines[start..(i + 1)]));
            }
            else if (line.Length == 0) document.Add(new Spacer(Body.LineHeight * 0.6f));
            else if (line == "---") document.Add(new Rule(0.8f));
            else if (line.StartsWith("## ", StringComparison.Ordinal)) document.Add(Heading(line[3..], Section));
            else if (line.StartsWith("# ", StringComparison.Ordinal)) document.Add(Heading(line[2..], Title));
            else if (line.StartsWith(">> ", StringComparison.Ordinal)) document.Add(new TextBlock(line[3..].Trim(), Body.WithAlign(TextAlign.Right)));
            else if (line.Length > 4 && line.StartsWith("**", StringComparison.Ordinal) && line.EndsWith("**", StringComparison.Ordinal))
                document.Add(new TextBlock(line[2..^2], Bold));
            else document.Add(new TextBlock(line, Body));
        }
    }

    private static Stack Heading(string text, TextStyle style) => new(new Spacer(4), new TextBlock(text.Trim(), style), new Spacer(2));

    private static bool IsTableRow(string line) => line.Length >= 2 && line[0] == '|' && line[^1] == '|';

    private static bool IsSeparator(string[] cells) => cells.All(c => c.Length > 0 && c.All(ch => ch is '-' or ':'));

    private static Table TableOf(string[] rows)
    {
        var cells = rows.Select(r => r.Trim()[1..^1].Split('|').Select(c => c.Trim()).ToArray()).ToList();
        var hasHeader = cells.Count > 1 && IsSeparator(cells[1]);
        var body = hasHeader ? cells.Skip(2) : cells;
        var columns = cells.Max(c => c.Length);
        // Columns as wide as their longest text, within bounds: a "№" column stays narrow, a name column gets the room.
        var weights = Enumerable.Range(0, columns)
            .Select(i => (float)Math.Clamp(cells.Max(row => i < row.Length && !IsSeparator(row) ? row[i].Length : 0), 3, 30)).ToArray();
        var table = new Table(weights);
        if (hasHeader) table.Header(Row(cells[0], columns, Cells.WithBold()));
        foreach (var row in body) table.Add(Row(row, columns, Cells));
        return table;
    }

    // A short row is padded with empty cells, so a template's stray pipe never breaks the table.
    private static Cell[] Row(string[] cells, int columns, TextStyle style) =>
        Enumerable.Range(0, columns).Select(i => Cell.Text(i < cells.Length ? cells[i] : "", style)).ToArray();
}
