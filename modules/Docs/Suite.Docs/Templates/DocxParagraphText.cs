using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Suite.Docs.Templates;

/// <summary>
/// A paragraph's own text as one string, over the pieces Word keeps it in. Word splits text into runs wherever it
/// likes (spell check, a formatting change, an edit in the middle), so <c>{{ company.name }}</c> may be stored as
/// <c>{{ comp</c> + <c>any.na</c> + <c>me }}</c>; here it is found whole, and a replacement goes into the piece where
/// it starts, keeping that run's formatting, while the rest of it is cut out of the following pieces.
/// </summary>
internal sealed class DocxParagraphText
{
    private readonly List<Text> pieces;
    private readonly int[] starts;
    private readonly HashSet<Text> changed = [];

    private DocxParagraphText(List<Text> pieces)
    {
        this.pieces = pieces;
        starts = new int[pieces.Count];
        var value = new StringBuilder();
        for (var i = 0; i < pieces.Count; i++)
        {
            starts[i] = value.Length;
            value.Append(pieces[i].Text);
        }
        Value = value.ToString();
    }

    public string Value { get; }

    /// <summary>
    /// The paragraph's own pieces of text: not those of a paragraph nested in it (a text box), which is a paragraph of its
    /// own, nor deleted text of tracked changes (another element type) or field codes.
    /// </summary>
    public static DocxParagraphText Of(Paragraph paragraph) =>
        new(paragraph.Descendants<Text>().Where(text => text.Ancestors<Paragraph>().First() == paragraph).ToList());

    /// <summary>
    /// Replaces the characters [start, end) of <see cref="Value"/> by a value. Replacements must be made from the last
    /// to the first, so that the places of those still to come stay where <see cref="Value"/> has them.
    /// </summary>
    public void Replace(int start, int end, string value)
    {
        var first = PieceAt(start);
        var last = PieceAt(end - 1);
        var firstText = pieces[first].Text;
        var lastText = pieces[last].Text;
        var before = firstText[..(start - starts[first])];
        var after = lastText[(end - starts[last])..];
        if (first == last)
        {
            Set(first, before + value + after);
            return;
        }
        Set(first, before + value);
        for (var i = first + 1; i < last; i++) Set(i, "");
        Set(last, after);
    }

    /// <summary>Drops the pieces emptied by replacements and turns newlines in values into line breaks.</summary>
    public void Finish()
    {
        foreach (var text in changed)
        {
            if (text.Text.Length == 0) text.Remove();
            else if (text.Text.Contains('\n')) BreakLines(text);
        }
    }

    /// <summary>A value as a Word text may hold it: no carriage returns, no characters XML cannot carry.</summary>
    public static string Clean(string value)
    {
        var clean = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\r') continue;
            if (i + 1 < value.Length && XmlConvert.IsXmlSurrogatePair(value[i + 1], c))
            {
                clean.Append(c).Append(value[++i]);
                continue;
            }
            if (XmlConvert.IsXmlChar(c)) clean.Append(c);
        }
        return clean.ToString();
    }

    private int PieceAt(int position)
    {
        var index = Array.BinarySearch(starts, position);
        if (index < 0) index = ~index - 1;
        // Empty pieces share their start with the next one: the character lives in the first piece that has it.
        while (position - starts[index] >= pieces[index].Text.Length) index++;
        return index;
    }

    private void Set(int index, string text)
    {
        var piece = pieces[index];
        piece.Text = text;
        // Word drops a piece's leading and trailing spaces unless told to keep them.
        piece.Space = SpaceProcessingModeValues.Preserve;
        changed.Add(piece);
    }

    private static void BreakLines(Text text)
    {
        var lines = text.Text.Split('\n');
        text.Text = lines[0];
        OpenXmlElement previous = text;
        foreach (var line in lines.Skip(1))
        {
            previous = previous.InsertAfterSelf(new Break());
            previous = previous.InsertAfterSelf(new Text(line) { Space = SpaceProcessingModeValues.Preserve });
        }
    }
}
