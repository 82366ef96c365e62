namespace Suite.Docs.Forms;

/// <summary>A party of a document (the buyer of an invoice, the customer of an act, a waybill's consignee) as printed.</summary>
internal sealed record CounterpartyPrint(string Name, string? Inn, string? Kpp, string? Address, BankAccountPrint? Bank = null);
