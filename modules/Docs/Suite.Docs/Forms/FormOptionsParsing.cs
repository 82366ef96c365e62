using Suite.Docs.Templates;

namespace Suite.Docs.Forms;

/// <summary>The options a form template's body sets, or every problem in it with its line (never both).</summary>
internal sealed record FormOptionsParsing(FormOptions? Options, IReadOnlyList<TemplateError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
