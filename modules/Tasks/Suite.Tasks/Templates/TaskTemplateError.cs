namespace Suite.Tasks.Templates;

/// <summary>One problem in a rule's template, at a 1-based line and column of its text (0 when it has no place).</summary>
internal sealed record TaskTemplateError(string Kind, string Message, int Line, int Column)
{
    public override string ToString() => Line > 0 ? $"({Line},{Column}): {Message}" : Message;
}
