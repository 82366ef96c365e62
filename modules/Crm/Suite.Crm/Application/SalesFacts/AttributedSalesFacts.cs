using Microsoft.EntityFrameworkCore;
using Suite.Crm.Data;
using Suite.Crm.Domain.Deals;
using Suite.Framework.Users;

namespace Suite.Crm.Application.SalesFacts;

/// <summary>
/// The sales facts of a period as every sales analytic reads them, with the record rule applied once here. A fact
/// belongs to the owner of its deal, else to the owner of its company (an invoice or a shipment without a deal);
/// a fact Crm can place on neither (its deal and company unknown to Crm) is seen only by those who see every deal.
/// A user without <see cref="CrmPermissions.Deals.ViewAll"/> sees the facts they own. Owner and source are read from
/// the deal and the company at the time of the report, so a deal handed over takes its history along.
/// </summary>
internal sealed class AttributedSalesFacts(CrmDbContext db, ICurrentUser user)
{
    /// <summary>The visible facts dated <paramref name="first"/> to <paramref name="last"/>, both inclusive.</summary>
    public IQueryable<AttributedSalesFact> Between(DateOnly first, DateOnly last)
    {
        var inPeriod = db.SalesFacts.AsNoTracking().Where(f => f.Date >= first && f.Date <= last);
        var query =
            from f in inPeriod
            join d in db.Deals.AsNoTracking().IgnoreAutoIncludes() on f.DealId equals (Guid?)d.Id into deals
            from d in deals.DefaultIfEmpty()
            join c in db.Companies.AsNoTracking() on f.CompanyId equals (Guid?)c.Id into companies
            from c in companies.DefaultIfEmpty()
            select new AttributedSalesFact
            {
                Kind = f.Kind,
                Date = f.Date,
                DealId = f.DealId,
                ProductId = f.ProductId,
                OwnerId = d != null ? (Guid?)d.OwnerId : c != null ? (Guid?)c.OwnerId : null,
                SourceId = d != null && d.SourceId != null ? d.SourceId : c != null ? c.SourceId : null,
                Quantity = f.Quantity,
                Amount = f.Amount,
            };
        if (user.SeesAll<Deal>())
            return query;
        var me = user.Id ?? Guid.Empty;
        return query.Where(f => f.OwnerId == me);
    }
}
