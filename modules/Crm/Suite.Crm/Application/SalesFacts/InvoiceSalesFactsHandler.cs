using Suite.Crm.Domain.SalesFacts;
using Suite.Finance.Events;
using Suite.Framework.Events;

namespace Suite.Crm.Application.SalesFacts;

/// <summary>
/// Revenue as Finance books it: each line of an issued invoice, net of VAT, on the issue date; on cancellation the
/// same lines negative on the reversal's date (the cancelled event carries no lines: the stored ones are reversed).
/// </summary>
internal sealed class InvoiceSalesFactsHandler(SalesFactBook book) :
    IIntegrationEventHandler<InvoiceIssuedEto>,
    IIntegrationEventHandler<InvoiceCancelledEto>
{
    public async Task HandleAsync(InvoiceIssuedEto e, CancellationToken cancellationToken)
    {
        var companyId = await book.CompanyOfAsync(e.Buyer.CompanyId, e.DealId, cancellationToken);
        var facts = e.Lines.Select(l => new SalesFact(SalesFactKind.Revenue, e.InvoiceId, l.Position, e.IssueDate, e.DealId, companyId,
            l.ProductId, e.InvoiceId, l.Quantity, l.Net)).ToList();
        await book.RecordAsync(SalesFactKind.Revenue, e.InvoiceId, facts, cancellationToken);
    }

    public Task HandleAsync(InvoiceCancelledEto e, CancellationToken cancellationToken) =>
        book.ReverseAsync(SalesFactKind.Revenue, e.InvoiceId, e.Date, cancellationToken);
}
