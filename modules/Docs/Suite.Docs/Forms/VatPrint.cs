namespace Suite.Docs.Forms;

/// <summary>The VAT of one rate on a printed invoice ("В том числе НДС 22 %").</summary>
internal sealed record VatPrint(decimal RatePercent, decimal Amount);
