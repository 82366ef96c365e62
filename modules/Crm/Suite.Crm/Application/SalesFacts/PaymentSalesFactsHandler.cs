using Suite.Crm.Domain.SalesFacts;
using Suite.Finance.Events;
using Suite.Framework.Events;

namespace Suite.Crm.Application.SalesFacts;

/// <summary>
/// Money received: each part of a client's payment applied to an invoice, on the payment's date, with the invoice's
/// deal. What stays the client's advance is not a sale yet and is left out.
/// </summary>
internal sealed class PaymentSalesFactsHandler(SalesFactBook book) : IIntegrationEventHandler<PaymentReceivedEto>
{
    public async Task HandleAsync(PaymentReceivedEto e, CancellationToken cancellationToken)
    {
        var facts = new List<SalesFact>();
        for (var i = 0; i < e.Allocations.Count; i++)
        {
            var a = e.Allocations[i];
            var companyId = await book.CompanyOfAsync(e.CompanyId, a.DealId, cancellationToken);
            facts.Add(new SalesFact(SalesFactKind.Payment, e.PaymentId, i + 1, e.Date, a.DealId, companyId, null, a.InvoiceId, 0m, a.Amount));
        }

        await book.RecordAsync(SalesFactKind.Payment, e.PaymentId, facts, cancellationToken);
    }
}
