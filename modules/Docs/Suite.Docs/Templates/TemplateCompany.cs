namespace Suite.Docs.Templates;

/// <summary>The card's company as a template sees it.</summary>
internal sealed record TemplateCompany(string Name, string? Inn, string? Kpp, string? Address, string? Phone, string? Email);
