namespace Suite.Docs.Forms;

/// <summary>One numbered line of a printed invoice, act or proposal.</summary>
internal sealed record InvoicePrintLine(int No, string Name, decimal Quantity, string Unit, decimal Price, decimal Amount);
