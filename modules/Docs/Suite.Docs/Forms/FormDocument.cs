using Suite.Docs.Rendering;

namespace Suite.Docs.Forms;

/// <summary>The pages of a form: "Страница N из M" at the foot of each, under the template's <c>footer:</c> text when it has one.</summary>
internal static class FormDocument
{
    private static readonly TextStyle NoteStyle = new(9);

    public static PdfDocument Create(PageSize size, FormLabels words, FormOptions options) =>
        new(size, (page, pages) => options.Footer is { } footer
            ? footer + "\n" + string.Format(words.PageOf, page, pages)
            : string.Format(words.PageOf, page, pages));

    /// <summary>The template's <c>note:</c> under the totals, or nothing.</summary>
    public static IBox Note(FormOptions options) => Paragraph(options.Note);

    /// <summary>A paragraph of plain text with some air above it; nothing for no text.</summary>
    public static IBox Paragraph(string? text, float above = 6) =>
        string.IsNullOrWhiteSpace(text) ? new Spacer(0) : new Stack(new Spacer(above), new TextBlock(text, NoteStyle));
}
