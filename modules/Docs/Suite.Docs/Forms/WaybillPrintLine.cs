namespace Suite.Docs.Forms;

/// <summary>One numbered line of a printed waybill; a null VAT rate prints «Без НДС». UnitCode is the ОКЕИ code (796 for шт).</summary>
internal sealed record WaybillPrintLine(
    int No,
    string Name,
    string? Code,
    string Unit,
    string? UnitCode,
    decimal Quantity,
    decimal Price,
    decimal AmountWithoutVat,
    decimal? VatRatePercent,
    decimal VatAmount,
    decimal Amount);
