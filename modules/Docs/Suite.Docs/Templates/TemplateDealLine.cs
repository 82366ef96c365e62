namespace Suite.Docs.Templates;

/// <summary>One line of the deal: what is sold, how many, at what price.</summary>
internal sealed record TemplateDealLine(string Name, decimal Quantity, string Unit, decimal Price, decimal Amount);
