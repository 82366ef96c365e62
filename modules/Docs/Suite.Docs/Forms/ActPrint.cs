namespace Suite.Docs.Forms;

/// <summary>
/// Everything a printed act of services rendered shows, already computed. The contractor is our organisation (its bank
/// account printed with its requisites when given); the basis is "Счёт № … от …" or a contract, when there is one.
/// </summary>
internal sealed record ActPrint(
    string Number,
    DateOnly Date,
    OrganisationPrint Contractor,
    BankAccountPrint? ContractorBank,
    CounterpartyPrint Customer,
    string? Basis,
    IReadOnlyList<InvoicePrintLine> Lines,
    IReadOnlyList<VatPrint> Vat,
    decimal Subtotal,
    decimal Total,
    bool VatIncluded = true);
