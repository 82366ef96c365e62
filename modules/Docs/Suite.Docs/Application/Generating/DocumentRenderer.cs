using Suite.Docs.Domain.Templates;
using Suite.Docs.Forms;
using Suite.Docs.Templates;
using Suite.Framework.Domain;

namespace Suite.Docs.Application.Generating;

/// <summary>Renders a document's content with its template: a built-in form, a formatted text, or a Word file filled in.</summary>
internal sealed class DocumentRenderer
{
    /// <exception cref="UnprocessableContentException">The template does not compile or stops while rendering.</exception>
    public Task<RenderedFile> RenderAsync(DocumentContent content, CancellationToken cancellationToken) => Task.FromResult(content.Format switch
    {
        TemplateFormats.Form => RenderForm(content),
        TemplateFormats.Text => RenderText(content, cancellationToken),
        _ => throw new UnprocessableContentException(TemplateErrors.Code, $"Unknown template format '{content.Format}'."),
    });

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
