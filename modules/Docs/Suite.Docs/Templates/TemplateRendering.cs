namespace Suite.Docs.Templates;

/// <summary>The rendered text, or the errors that stopped it (never both: a cut-off text is not returned).</summary>
internal sealed record TemplateRendering(string? Text, IReadOnlyList<TemplateError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static TemplateRendering Of(string text) => new(text, []);
    public static TemplateRendering Failed(params TemplateError[] errors) => new(null, errors);
}
