using Suite.Docs.Rendering;

namespace Suite.Docs.Templates;

/// <summary>A free-form document (contract, letter, proposal) printed from its template's rendered markup on A4 pages.</summary>
internal static class FreeFormDocument
{
    public static byte[] Render(string renderedText)
    {
        var document = new PdfDocument(PageSize.A4, (page, pages) => $"Страница {page} из {pages}");
        FreeFormMarkup.Lay(renderedText, document);
        return document.Render();
    }
}
