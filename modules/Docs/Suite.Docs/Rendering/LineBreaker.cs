using SkiaSharp;

namespace Suite.Docs.Rendering;

/// <summary>Breaks a text into lines that fit a width: at spaces, and inside a word only when the word alone is too long.</summary>
internal static class LineBreaker
{
    public static List<string> Break(string text, SKFont font, float width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r", "").Split('\n'))
            BreakParagraph(paragraph, font, width, lines);
        return lines;
    }

    private static void BreakParagraph(string paragraph, SKFont font, float width, List<string> lines)
    {
        var line = "";
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (font.MeasureText(candidate) <= width) { line = candidate; continue; }
            if (line.Length > 0) lines.Add(line);
            line = word;
            while (line.Length > 1 && font.MeasureText(line) > width)
            {
                var fits = FittingPrefix(line, font, width);
                lines.Add(line[..fits]);
                line = line[fits..];
            }
        }
        lines.Add(line);
    }

    private static int FittingPrefix(string word, SKFont font, float width)
    {
        var count = 1;
        while (count < word.Length && font.MeasureText(word[..(count + 1)]) <= width) count++;
        return count;
    }
}
