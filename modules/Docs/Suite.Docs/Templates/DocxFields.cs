using System.Text.RegularExpressions;
using Suite.Framework.Localization;

namespace Suite.Docs.Templates;

/// <summary>
/// The merge fields of one paragraph's text. Each <c>{{ … }}</c> is a field rendered on its own; a block
/// (<c>{{ if contact.phone }}…{{ end }}</c>) is one field from its opening tag to its <c>end</c>, with the text between,
/// and must close in the same paragraph: a Word paragraph, table cell or row cannot be kept or dropped by a condition,
/// so a block across paragraphs is refused rather than filled into a broken document.
/// </summary>
internal static partial class DocxFields
{
    private static readonly HashSet<string> Openers = ["if", "for", "while", "case", "func", "capture", "with", "tablerow", "wrap"];
    private static readonly HashSet<string> Inners = ["end", "else", "when"];

    /// <summary>
    /// A field: the characters [Start, End) of the paragraph's text, from <c>{{</c> to <c>}}</c>, and whether its tags
    /// print a line of the deal (<c>line.name</c>), which makes its table row repeat once per line.
    /// </summary>
    public sealed record Field(int Start, int End, string Source, bool UsesLine);

    /// <summary>A problem found before rendering: an unclosed tag, a block that does not close in its paragraph.</summary>
    public sealed record Problem(int Start, TemplateErrorKind Kind, string Message);

    public static (List<Field> Fields, List<Problem> Problems) Find(string text)
    {
        var tags = new List<Field>();
        var problems = new List<Problem>();
        for (var position = text.IndexOf("{{", StringComparison.Ordinal); position >= 0; position = text.IndexOf("{{", position, StringComparison.Ordinal))
        {
            var close = text.IndexOf("}}", position + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                problems.Add(new Problem(position, TemplateErrorKind.Syntax, Text.Pick(
                    "«{{» не закрыто «}}» в этом абзаце: поле должно целиком стоять в одном абзаце или ячейке.",
                    "`{{` is not closed by `}}` in this paragraph: a field must be whole within one paragraph or table cell.")));
                break;
            }
            var source = StraightQuotes(text[position..(close + 2)]);
            tags.Add(new Field(position, close + 2, source, UsesLine(source)));
            position = close + 2;
        }
        return (Blocks(text, tags, problems), problems);
    }

    // A tag that parses on its own is a field; a block's opening tag takes the tags up to its end, and the text between.
    private static List<Field> Blocks(string text, List<Field> tags, List<Problem> problems)
    {
        var fields = new List<Field>();
        for (var i = 0; i < tags.Count; i++)
        {
            var tag = tags[i];
            var word = Keyword(tag.Source);
            if (Parses(tag.Source) || word is null || (!Openers.Contains(word) && !Inners.Contains(word)))
            {
                fields.Add(tag);
                continue;
            }
            if (!Openers.Contains(word))
            {
                problems.Add(new Problem(tag.Start, TemplateErrorKind.Syntax, AcrossParagraphs()));
                continue;
            }
            var depth = 1;
            var j = i;
            while (depth > 0 && ++j < tags.Count)
            {
                var inner = Keyword(tags[j].Source);
                if (inner == "end") depth--;
                else if (inner is not null && Openers.Contains(inner) && !Parses(tags[j].Source)) depth++;
            }
            if (depth > 0)
            {
                problems.Add(new Problem(tag.Start, TemplateErrorKind.Syntax, AcrossParagraphs()));
                break;
            }
            // The text between a block's tags is printed, not run: a word "line" in it is not the line.
            var block = tags.Skip(i).Take(j - i + 1).ToList();
            var source = string.Concat(block.Select((t, k) => k == 0 ? t.Source : text[block[k - 1].End..t.Start] + t.Source));
            fields.Add(new Field(tag.Start, tags[j].End, source, UsesLine(string.Concat(block.Select(t => t.Source)))));
            i = j;
        }
        return fields;
    }

    private static string AcrossParagraphs() => Text.Pick(
        "Блок {{ if }}/{{ for }} должен начинаться и заканчиваться ({{ end }}) в одном абзаце: в шаблоне Word условия и циклы через абзацы, ячейки и строки таблицы не поддерживаются (строки сделки выводит повторяющаяся строка таблицы с полями line.…).",
        "An {{ if }}/{{ for }} block must open and close ({{ end }}) within one paragraph: Word templates do not support conditions or loops across paragraphs, table cells or rows (deal lines come from a repeating table row with line.… fields).");

    /// <summary>
    /// Word's AutoFormat turns typed quotes into typographic ones (“…” or «…» in Russian, ‘…’), which Scriban does not
    /// read as quotes: inside a tag they can only have been meant as the plain ones.
    /// </summary>
    private static string StraightQuotes(string tag) =>
        tag.Replace('“', '"').Replace('”', '"').Replace('„', '"').Replace('«', '"').Replace('»', '"').Replace('‘', '\'').Replace('’', '\'');

    private static bool UsesLine(string code) => LineVariable().IsMatch(code) && !LineLoop().IsMatch(code);

    private static bool Parses(string source) => DocumentTemplate.Check(source).Count == 0;

    private static string? Keyword(string source) => TagKeyword().Match(source) is { Success: true } match ? match.Groups["word"].Value : null;

    [GeneratedRegex(@"^\{\{[~-]?\s*(?<word>[a-z_]+)")]
    private static partial Regex TagKeyword();

    [GeneratedRegex(@"(?<![\w.])line(?!\w)")]
    private static partial Regex LineVariable();

    [GeneratedRegex(@"\bfor\s+line\s+in\b")]
    private static partial Regex LineLoop();
}
