using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Localized = Suite.Framework.Localization.Text;

namespace Suite.Docs.Templates;

/// <summary>
/// Where a paragraph is, in words an admin finds in Word: "Body, paragraph 4", "Header, table 1, row 2, cell 3".
/// Taken before filling, so that a row after a repeated one keeps its number in the template.
/// </summary>
internal static class DocxPlaces
{
    public static Dictionary<Paragraph, string> Of(OpenXmlElement root, string part)
    {
        var places = new Dictionary<Paragraph, string>();
        var paragraphNumber = 0;
        foreach (var paragraph in root.Descendants<Paragraph>())
        {
            if (paragraph.Ancestors<TableCell>().FirstOrDefault() is null)
                places[paragraph] = $"{part}, {Localized.Pick("абзац", "paragraph")} {++paragraphNumber}";
        }

        var tableNumber = 0;
        foreach (var table in root.Descendants<Table>())
        {
            tableNumber++;
            var rows = table.Descendants<TableRow>().Where(row => row.Ancestors<Table>().First() == table);
            foreach (var (row, rowNumber) in rows.Select((row, index) => (row, index + 1)))
            {
                var cells = row.Descendants<TableCell>().Where(cell => cell.Ancestors<TableRow>().First() == row);
                foreach (var (cell, cellNumber) in cells.Select((cell, index) => (cell, index + 1)))
                foreach (var paragraph in cell.Descendants<Paragraph>().Where(p => p.Ancestors<TableCell>().First() == cell))
                    places[paragraph] = $"{part}, {Localized.Pick("таблица", "table")} {tableNumber}, {Localized.Pick("строка", "row")} {rowNumber}, {Localized.Pick("ячейка", "cell")} {cellNumber}";
            }
        }
        return places;
    }

    /// <summary>The place with the paragraph's text around a field, so the admin recognises it.</summary>
    public static string WithExcerpt(string place, string text, int at)
    {
        const int Width = 60;
        var start = text.Length <= Width ? 0 : Math.Clamp(at - 20, 0, text.Length - Width);
        var excerpt = text.Substring(start, Math.Min(Width, text.Length - start)).Trim();
        if (start > 0) excerpt = "…" + excerpt;
        if (start + Width < text.Length) excerpt += "…";
        return $"{place}: «{excerpt}»";
    }
}
