using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Localized = Suite.Framework.Localization.Text;

namespace Suite.Docs.Templates;

/// <summary>
/// An uploaded Word template: a .docx with <c>{{ merge fields }}</c> in its text, tables, headers and footers, and
/// table rows with <c>line.…</c> fields that repeat once per deal line. Each field is rendered by
/// <see cref="DocumentTemplate"/>, the free-form templates' sandbox, over the same <see cref="TemplateModel"/>: the same
/// fields, helpers, refusals and limits (the output limit counts for the whole document, which also has a time budget
/// of <see cref="DocumentTimeFactor"/> times the limit). Nothing but
/// the fields is executed; the rest of the file is kept as Word wrote it.
/// </summary>
internal static class DocxTemplate
{
    /// <summary>
    /// The problems of a template as uploaded, filled from <see cref="TemplateSpecimen"/>: not a .docx, a field that
    /// does not compile or names something that is not a field, an unclosed <c>{{</c>, a block across paragraphs.
    /// </summary>
    public static IReadOnlyList<DocxTemplateError> Check(byte[] docx, CancellationToken cancellation = default) =>
        Fill(docx, TemplateSpecimen.Model, null, cancellation).Errors;

    /// <summary>The template filled from a card, or every problem found (a caller's cancellation throws).</summary>
    public static DocxFilling Fill(byte[] docx, TemplateModel model, TemplateLimits? limits = null, CancellationToken cancellation = default)
    {
        limits ??= TemplateLimits.Default;
        using var copy = new MemoryStream();
        var document = DocxPackage.Open(docx, copy, out var error);
        if (document is null) return DocxFilling.Failed(error!);

        using var filler = new Filler(model, limits, cancellation);
        try
        {
            using (document)
            {
                foreach (var (root, part) in Parts(document.MainDocumentPart!))
                    filler.FillPart(root, part);
            }
        }
        catch (Exception failure) when (DocxPackage.IsUnreadable(failure))
        {
            return DocxFilling.Failed(DocxPackage.NotWord());
        }
        // Disposing the document wrote the filled parts into the copy.
        return filler.Errors.Count > 0 ? DocxFilling.Failed([.. filler.Errors]) : DocxFilling.Of(copy.ToArray());
    }

    private static IEnumerable<(OpenXmlElement Root, string Part)> Parts(MainDocumentPart main)
    {
        yield return (main.Document.Body!, Localized.Pick("Текст документа", "Body"));
        var headers = main.HeaderParts.Select(part => part.Header).OfType<Header>().ToList();
        for (var i = 0; i < headers.Count; i++)
            yield return (headers[i], Numbered(Localized.Pick("Верхний колонтитул", "Header"), i, headers.Count));
        var footers = main.FooterParts.Select(part => part.Footer).OfType<Footer>().ToList();
        for (var i = 0; i < footers.Count; i++)
            yield return (footers[i], Numbered(Localized.Pick("Нижний колонтитул", "Footer"), i, footers.Count));
    }

    private static string Numbered(string name, int index, int count) => count > 1 ? $"{name} {index + 1}" : name;

    /// <summary>
    /// Each field renders with the free-form limits, time included; the whole document gets this many times the time
    /// limit, so that a file of a thousand fields each stopping just short of it cannot hold the server for half an hour.
    /// </summary>
    public const int DocumentTimeFactor = 5;

    /// <summary>Fills one document: the deadline and the output count run across all its fields.</summary>
    private sealed class Filler(TemplateModel model, TemplateLimits limits, CancellationToken cancellation) : IDisposable
    {
        private readonly CancellationTokenSource deadline = Deadline(limits, cancellation);
        private readonly int lineCount = model.Deal?.Lines.Count ?? 0;
        private long written;
        private bool stopped;

        public List<DocxTemplateError> Errors { get; } = [];

        public void FillPart(OpenXmlElement root, string part)
        {
            var places = DocxPlaces.Of(root, part);
            var filled = new HashSet<Paragraph>();
            foreach (var row in root.Descendants<TableRow>().ToList())
            {
                var paragraphs = OwnParagraphs(row);
                if (!paragraphs.Any(p => DocxFields.Find(DocxParagraphText.Of(p).Value).Fields.Any(f => f.UsesLine))) continue;

                // A line row: one copy per deal line, in their order, where the row stands; the rows after it stay.
                var rowPlaces = paragraphs.Select(p => places.GetValueOrDefault(p, part)).ToList();
                for (var line = 0; line < lineCount && !stopped; line++)
                {
                    var copy = (TableRow)row.CloneNode(true);
                    Unmark(copy, keepBookmarks: line == 0);
                    row.InsertBeforeSelf(copy);
                    foreach (var (paragraph, place) in OwnParagraphs(copy).Zip(rowPlaces))
                    {
                        FillParagraph(paragraph, place, line);
                        filled.Add(paragraph);
                    }
                }
                row.Remove();
            }
            foreach (var paragraph in root.Descendants<Paragraph>().ToList())
                if (!stopped && !filled.Contains(paragraph))
                    FillParagraph(paragraph, places.GetValueOrDefault(paragraph, part), line: null);
        }

        public void Dispose() => deadline.Dispose();

        private void FillParagraph(Paragraph paragraph, string place, int? line)
        {
            if (stopped) return;
            var text = DocxParagraphText.Of(paragraph);
            if (!text.Value.Contains("{{", StringComparison.Ordinal)) return;

            var (fields, problems) = DocxFields.Find(text.Value);
            foreach (var problem in problems)
                Add(problem.Kind, DocxPlaces.WithExcerpt(place, text.Value, problem.Start), problem.Message);
            var values = new List<(DocxFields.Field Field, string Value)>();
            foreach (var field in fields)
            {
                var where = DocxPlaces.WithExcerpt(place, text.Value, field.Start);
                if (field.UsesLine && line is null)
                {
                    Add(TemplateErrorKind.Runtime, where, Localized.Pick(
                        "Поля line.… выводят строки сделки и работают только в строке таблицы: она повторяется для каждой строки сделки.",
                        "line.… fields print the deal's lines and work only in a table row, which is repeated once per deal line."));
                    continue;
                }
                if (Render(field, line, where) is { } value) values.Add((field, value));
                if (stopped) return;
            }
            if (Errors.Count > 0) return;

            foreach (var (field, value) in Enumerable.Reverse(values))
                text.Replace(field.Start, field.End, DocxParagraphText.Clean(value));
            text.Finish();
        }

        private string? Render(DocxFields.Field field, int? line, string where)
        {
            // The line a repeated row prints is bound the way a free-form template's loop binds it.
            var source = line is { } index ? $"{{{{ line = deal.lines[{index}] }}}}{field.Source}" : field.Source;
            TemplateRendering rendering;
            try
            {
                deadline.Token.ThrowIfCancellationRequested();
                rendering = DocumentTemplate.Render(source, model, limits, deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
            {
                stopped = true;
                Add(TemplateErrorKind.Timeout, "", Localized.Pick(
                    $"Шаблон заполнялся дольше {(limits.RenderTimeout * DocumentTimeFactor).TotalSeconds:0.#} с.",
                    $"The template took longer than {(limits.RenderTimeout * DocumentTimeFactor).TotalSeconds:0.#} s to fill."));
                return null;
            }

            if (!rendering.Succeeded)
            {
                foreach (var error in rendering.Errors) Add(error.Kind, where, error.Message);
                stopped = rendering.Errors.Any(e => e.Kind is TemplateErrorKind.Timeout or TemplateErrorKind.OutputLimit);
                return null;
            }
            if ((written += rendering.Text!.Length) > limits.OutputLimit)
            {
                stopped = true;
                Add(TemplateErrorKind.OutputLimit, "", Localized.Pick(
                    $"Текст документа длиннее предела в {limits.OutputLimit} символов.",
                    $"The document's text is longer than the limit of {limits.OutputLimit} characters."));
                return null;
            }
            return rendering.Text;
        }

        // A row repeated in each copy is reported once.
        private void Add(TemplateErrorKind kind, string place, string message)
        {
            var error = new DocxTemplateError(kind, place, message);
            if (!Errors.Contains(error)) Errors.Add(error);
        }

        private static CancellationTokenSource Deadline(TemplateLimits limits, CancellationToken cancellation)
        {
            var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            deadline.CancelAfter(limits.RenderTimeout * DocumentTimeFactor);
            return deadline;
        }
    }

    private static List<Paragraph> OwnParagraphs(TableRow row) =>
        row.Descendants<Paragraph>().Where(p => p.Ancestors<TableRow>().First() == row).ToList();

    // Word identifies paragraphs and rows by w14 ids and bookmarks by name: copies must not repeat them.
    private static void Unmark(TableRow copy, bool keepBookmarks)
    {
        copy.ParagraphId = null;
        copy.TextId = null;
        foreach (var paragraph in copy.Descendants<Paragraph>())
        {
            paragraph.ParagraphId = null;
            paragraph.TextId = null;
        }
        if (keepBookmarks) return;
        foreach (var mark in copy.Descendants().Where(e => e is BookmarkStart or BookmarkEnd).ToList())
            mark.Remove();
    }
}
