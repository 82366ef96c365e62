using Microsoft.EntityFrameworkCore;
using Suite.Crm.Data;
using Suite.Crm.Domain.Timeline;
using Suite.Finance.Events;
using Suite.Framework.Events;

namespace Suite.Crm.Timeline;

/// <summary>
/// Money received from a client, with the invoices it paid and what is left as the client's advance. A payment for
/// one deal's invoices is an item of that deal (shown on the company's card too). Otherwise it is an item of the
/// company, and each deal it paid gets its own item shown on that deal's card only, so the company's card shows the
/// payment once.
/// </summary>
internal sealed class PaymentReceivedTimelineHandler(CrmDbContext db, TimelineWriter timeline) : IIntegrationEventHandler<PaymentReceivedEto>
{
    public const string Kind = "paymentReceived";

    public async Task HandleAsync(PaymentReceivedEto e, CancellationToken cancellationToken)
    {
        var details = new
        {
            e.PaymentId, e.Number, e.Date, e.Amount, e.Currency, e.Purpose,
            allocations = e.Allocations.Select(a => new { a.InvoiceId, a.InvoiceNumber, a.Amount }).ToArray(),
            advance = e.Amount - e.Allocations.Sum(a => a.Amount),
        };
        var dealIds = e.Allocations.Select(a => a.DealId).OfType<Guid>().Distinct().ToList();
        var deals = await db.Deals.AsNoTracking().IgnoreAutoIncludes().Where(d => dealIds.Contains(d.Id))
            .Select(d => new { d.Id, d.CompanyId }).ToListAsync(cancellationToken);
        if (deals is [var only] && (e.CompanyId is null || e.CompanyId == only.CompanyId))
        {
            await timeline.AddOnceAsync(e, TimelineEntityTypes.Deal, only.Id, only.CompanyId, e.At, Kind, e.Number, details, null, cancellationToken);
            return;
        }

        var onCompany = e.CompanyId is { } companyId && await db.Companies.AnyAsync(c => c.Id == companyId, cancellationToken);
        if (onCompany)
            await timeline.AddOnceAsync(e, TimelineEntityTypes.Company, e.CompanyId!.Value, e.CompanyId, e.At, Kind, e.Number, details, null,
                cancellationToken);
        foreach (var deal in deals)
            await timeline.AddOnceAsync(e, TimelineEntityTypes.Deal, deal.Id, onCompany ? null : deal.CompanyId, e.At, Kind, e.Number, details,
                null, cancellationToken);
    }
}
