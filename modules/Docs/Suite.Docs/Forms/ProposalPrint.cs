namespace Suite.Docs.Forms;

/// <summary>
/// Everything a printed commercial proposal shows, already computed: our requisites, to whom (the company and its
/// contact person), what about (the deal's title), the lines and totals, and the manager who sends it.
/// </summary>
internal sealed record ProposalPrint(
    string Number,
    DateOnly Date,
    OrganisationPrint Seller,
    BankAccountPrint? SellerBank,
    CounterpartyPrint Customer,
    string? ContactName,
    string? Subject,
    IReadOnlyList<InvoicePrintLine> Lines,
    IReadOnlyList<VatPrint> Vat,
    decimal Subtotal,
    decimal Total,
    ManagerPrint Manager,
    bool VatIncluded = true);
