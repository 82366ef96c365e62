namespace Suite.Docs.Templates;

/// <summary>The card's deal with its lines; the amount is the lines' total as the deal shows it.</summary>
internal sealed record TemplateDeal(string Title, string? Stage, decimal Amount, string Currency, DateOnly? CloseDate, IReadOnlyList<TemplateDealLine> Lines);
