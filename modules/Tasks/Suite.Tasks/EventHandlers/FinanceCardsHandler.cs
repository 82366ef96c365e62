using Suite.Finance.Events;
using Suite.Framework.Events;
using Suite.Tasks.Data;

namespace Suite.Tasks.EventHandlers;

/// <summary>
/// Keeps Tasks' copies of issued invoices: "Счёт № …" for the task list, and the invoice's owner (the deal's owner,
/// or the client's when there is no deal) for the record rule.
/// </summary>
internal sealed class FinanceCardsHandler(TasksDbContext db) :
    IIntegrationEventHandler<InvoiceIssuedEto>,
    IIntegrationEventHandler<InvoiceCancelledEto>,
    IIntegrationEventHandler<InvoicePaidEto>
{
    private const string Invoice = "invoice";

    public Task HandleAsync(InvoiceIssuedEto e, CancellationToken ct) =>
        db.ApplyAsync(Invoice, e.InvoiceId, Title(e.Number), e.OwnerId, e.Buyer.CompanyId, e.IssuedAt, ct);

    public Task HandleAsync(InvoiceCancelledEto e, CancellationToken ct) =>
        db.ApplyAsync(Invoice, e.InvoiceId, Title(e.Number), e.OwnerId, e.CompanyId, e.At, ct);

    public Task HandleAsync(InvoicePaidEto e, CancellationToken ct) =>
        db.ApplyAsync(Invoice, e.InvoiceId, Title(e.Number), e.OwnerId, e.CompanyId, e.At, ct);

    private static string Title(string number) => $"Счёт № {number}";
}
