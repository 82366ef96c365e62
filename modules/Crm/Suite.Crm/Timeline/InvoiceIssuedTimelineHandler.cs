using Suite.Finance.Events;
using Suite.Framework.Events;

namespace Suite.Crm.Timeline;

/// <summary>
/// An invoice issued to a client, on the deal's card (and so on the company's), or on the company's without a deal:
/// its number, total with VAT and the date it is due.
/// </summary>
internal sealed class InvoiceIssuedTimelineHandler(TimelineWriter timeline) : IIntegrationEventHandler<InvoiceIssuedEto>
{
    public const string Kind = "invoiceIssued";

    public Task HandleAsync(InvoiceIssuedEto e, CancellationToken cancellationToken) =>
        timeline.AddToDealOrCompanyAsync(e, e.DealId, e.Buyer.CompanyId, e.IssuedAt, Kind, e.Number,
            new { e.InvoiceId, e.Number, e.IssueDate, e.DueDate, e.Currency, e.TotalNet, e.TotalVat, e.Total },
            e.IssuedBy, cancellationToken);
}
