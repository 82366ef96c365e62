namespace Suite.Docs.Templates;

/// <summary>Our organisation's requisites as the documents print them.</summary>
internal sealed record TemplateOrganisation(
    string Name, string Inn, string? Kpp, string? Address, string? Director, string? BankName, string? Bic, string? Account, string? CorrespondentAccount);
