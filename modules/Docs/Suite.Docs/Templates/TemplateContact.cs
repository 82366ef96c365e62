namespace Suite.Docs.Templates;

/// <summary>The card's contact person as a template sees it.</summary>
internal sealed record TemplateContact(string FullName, string? Position, string? Phone, string? Email);
