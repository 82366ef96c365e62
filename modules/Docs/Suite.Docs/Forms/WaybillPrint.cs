namespace Suite.Docs.Forms;

/// <summary>
/// Everything a printed ТОРГ-12 waybill shows, already computed: the form adds nothing up. The supplier is our
/// organisation; with no consignor given the supplier ships the goods itself. ReleasedBy is the storekeeper
/// who let the goods out ("Отпуск груза произвел").
/// </summary>
internal sealed record WaybillPrint(
    string Number,
    DateOnly Date,
    OrganisationPrint Supplier,
    BankAccountPrint? SupplierBank,
    CounterpartyPrint? Consignor,
    CounterpartyPrint Consignee,
    CounterpartyPrint Payer,
    string? Basis,
    IReadOnlyList<WaybillPrintLine> Lines,
    decimal TotalQuantity,
    decimal TotalWithoutVat,
    decimal TotalVat,
    decimal Total,
    string? ReleasedBy = null);
