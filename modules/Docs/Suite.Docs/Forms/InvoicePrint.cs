namespace Suite.Docs.Forms;

/// <summary>
/// Everything a printed invoice shows, already computed: the form adds nothing up. No VAT lines print «Без НДС»;
/// VatIncluded says whether the line amounts include the VAT ("В том числе НДС") or it comes on top ("НДС").
/// </summary>
internal sealed record InvoicePrint(
    string Number,
    DateOnly Date,
    DateOnly? DueDate,
    OrganisationPrint Supplier,
    BankAccountPrint Bank,
    CounterpartyPrint Buyer,
    IReadOnlyList<InvoicePrintLine> Lines,
    IReadOnlyList<VatPrint> Vat,
    decimal Subtotal,
    decimal Total,
    string Purpose,
    bool VatIncluded = true);
