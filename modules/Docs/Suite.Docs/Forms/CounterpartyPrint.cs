namespace Suite.Docs.Forms;

/// <summary>The other party of a document (the buyer of an invoice) as printed.</summary>
internal sealed record CounterpartyPrint(string Name, string? Inn, string? Kpp, string? Address);
