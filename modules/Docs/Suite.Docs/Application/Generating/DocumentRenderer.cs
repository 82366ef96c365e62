using Suite.Docs.Application.Documents;
using Suite.Docs.Domain.Templates;
using Suite.Docs.Forms;
using Suite.Docs.Templates;
using Suite.Framework.Domain;

namespace Suite.Docs.Application.Generating;

/// <summary>Renders a document's content with its template: a built-in form, a formatted text, or a Word file filled in.</summary>
internal sealed class DocumentRenderer(IFileStore files)
{
    /// <exception cref="UnprocessableContentException">The template does not compile or stops while rendering.</exception>
    public async Task<RenderedFile> RenderAsync(DocumentContent content, CancellationToken cancellationToken) => content.Format switch
    {
        TemplateFormats.Form => RenderForm(content),
        TemplateFormats.Text => RenderText(content, cancellationToken),
        TemplateFormats.Docx => await FillWordFileAsync(content, cancellationToken),
        _ => throw new UnprocessableContentException(TemplateErrors.Code, $"Unknown template format '{content.Format}'."),
    };

    /// <summary>The Word file the template had when the document was made (a replaced file keeps its own id).</summary>
    private async Task<RenderedFile> FillWordFileAsync(DocumentContent content, CancellationToken cancellationToken)
    {
        var template = content.TemplateFileId is { } fileId ? await files.OpenAsync(fileId, cancellationToken) : null;
        if (template is null)
            throw new UnprocessableContentException(TemplateErrors.Code, "The Word template's file is missing.");
        var filling = DocxTemplate.Fill(template, content.NumberedModel, null, cancellationToken);
        if (!filling.Succeeded)
            throw TemplateErrors.Refusal(filling.Errors);
        return RenderedFile.OfDocx(filling.Docx!);
    }

    private static RenderedFile RenderText(DocumentContent content, CancellationToken cancellationToken)
    {
        var rendering = DocumentTemplate.Render(content.Body, content.NumberedModel, null, cancellationToken);
        if (!rendering.Succeeded)
            throw TemplateErrors.Refusal(rendering.Errors);
        return RenderedFile.OfPdf(FreeFormDocument.Render(rendering.Text!));
    }

    private static RenderedFile RenderForm(DocumentContent content)
    {
        var kind = FormKinds.Of(content.Kind);
        var parsing = FormOptions.Parse(content.Body, kind);
        if (!parsing.Succeeded)
            throw TemplateErrors.Refusal(parsing.Errors);
        var options = parsing.Options!;
        return RenderedFile.OfPdf(kind switch
        {
            FormKind.Invoice => InvoiceForm.Render(FormPrints.Invoice(content), options.Language, options),
            FormKind.Act => ActForm.Render(FormPrints.Act(content), options.Language, options),
            FormKind.Waybill => WaybillForm.Render(FormPrints.Waybill(content), options.Language, options),
            _ => ProposalForm.Render(FormPrints.Proposal(content), options.Language, options),
        });
    }
}
