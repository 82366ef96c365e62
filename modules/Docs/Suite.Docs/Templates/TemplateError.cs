namespace Suite.Docs.Templates;

/// <summary>One problem in a template, at a 1-based line and column of its text (0 when it has no place).</summary>
internal sealed record TemplateError(TemplateErrorKind Kind, string Message, int Line, int Column)
{
    public override string ToString() => Line > 0 ? $"({Line},{Column}): {Message}" : Message;
}
