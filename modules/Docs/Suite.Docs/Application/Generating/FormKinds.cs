using Suite.Docs.Domain.Templates;
using Suite.Docs.Forms;
using Suite.Framework.Domain;

namespace Suite.Docs.Application.Generating;

/// <summary>The built-in form a template kind prints with.</summary>
internal static class FormKinds
{
    public static FormKind Of(string kind) => kind switch
    {
        TemplateKinds.Invoice => FormKind.Invoice,
        TemplateKinds.Act => FormKind.Act,
        TemplateKinds.Waybill => FormKind.Waybill,
        TemplateKinds.Proposal => FormKind.Proposal,
        _ => throw new UnprocessableContentException(TemplateErrors.Code, $"'{kind}' has no built-in form."),
    };
}
