using Suite.Docs.Data;
using Suite.Docs.Domain.Cards;
using Suite.Finance.Events;
using Suite.Framework.Events;

namespace Suite.Docs.EventHandlers;

/// <summary>
/// Keeps Docs' copies of issued invoices (the event itself: everything a form prints) and of our organisation's
/// requisites, which every document prints.
/// </summary>
internal sealed class FinanceCardsHandler(DocsDbContext db) :
    IIntegrationEventHandler<InvoiceIssuedEto>,
    IIntegrationEventHandler<OrganisationUpdatedEto>
{
    public Task HandleAsync(InvoiceIssuedEto e, CancellationToken ct) =>
        db.ApplyAsync(CardTypes.Invoice, e.InvoiceId, $"Счёт № {e.Number}", e.OwnerId, e.Buyer.CompanyId, e.DealId, e, e.IssuedAt, ct);

    public Task HandleAsync(OrganisationUpdatedEto e, CancellationToken ct) =>
        db.ApplyAsync(CardTypes.Organisation, Guid.Empty, e.ShortName, Guid.Empty, null, null, e, e.ChangedAt, ct);
}
