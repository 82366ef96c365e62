using Suite.Crm.Domain.SalesFacts;
using Suite.Finance.Events;
using Suite.Framework.Events;

namespace Suite.Crm.Application.SalesFacts;

/// <summary>
/// Money received: each part of a client's payment applied to an invoice, with the invoice's deal, on the day it was
/// applied (the payment's day, or a later allocation's day for an advance applied afterwards, which is recorded under the
/// allocation's own id). What stays the client's advance is not a sale yet and is left out. A cancelled payment takes
/// back all of them on its cancellation's day.
/// </summary>
internal sealed class PaymentSalesFactsHandler(SalesFactBook book) :
    IIntegrationEventHandler<PaymentReceivedEto>,
    IIntegrationEventHandler<PaymentAllocatedEto>,
    IIntegrationEventHandler<PaymentCancelledEto>
{
    public async Task HandleAsync(PaymentReceivedEto e, CancellationToken cancellationToken)
    {
        var facts = new List<SalesFact>();
        for (var i = 0; i < e.Allocations.Count; i++)
        {
            var a = e.Allocations[i];
            facts.Add(await FactAsync(e.PaymentId, i + 1, e.Date, e.CompanyId, a.DealId, a.InvoiceId, a.Amount, cancellationToken));
        }

        await book.RecordAsync(SalesFactKind.Payment, e.PaymentId, facts, cancellationToken);
    }

    public async Task HandleAsync(PaymentAllocatedEto e, CancellationToken cancellationToken)
    {
        foreach (var a in e.Allocations)
        {
            var fact = await FactAsync(a.AllocationId, 1, e.Date, e.CompanyId, a.DealId, a.InvoiceId, a.Amount, cancellationToken);
            await book.RecordAsync(SalesFactKind.Payment, a.AllocationId, [fact], cancellationToken);
        }
    }

    public async Task HandleAsync(PaymentCancelledEto e, CancellationToken cancellationToken)
    {
        foreach (var documentId in e.AllocationIds.Prepend(e.PaymentId))
            await book.ReverseAsync(SalesFactKind.Payment, documentId, e.Date, cancellationToken);
    }

    private async Task<SalesFact> FactAsync(
        Guid documentId, int line, DateOnly date, Guid? companyId, Guid? dealId, Guid invoiceId, decimal amount, CancellationToken cancellationToken) =>
        new(SalesFactKind.Payment, documentId, line, date, dealId, await book.CompanyOfAsync(companyId, dealId, cancellationToken), null, invoiceId,
            0m, amount);
}
