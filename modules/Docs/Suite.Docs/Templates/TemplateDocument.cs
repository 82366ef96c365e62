namespace Suite.Docs.Templates;

/// <summary>The document being made: its number from the series and its date ("ЧЕРНОВИК" in a preview).</summary>
internal sealed record TemplateDocument(string Number, DateOnly Date);
