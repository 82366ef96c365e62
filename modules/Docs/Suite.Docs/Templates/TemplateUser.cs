namespace Suite.Docs.Templates;

/// <summary>The user who generates the document (the manager who signs the letter).</summary>
internal sealed record TemplateUser(string FullName, string? Position, string? Email, string? Phone);
