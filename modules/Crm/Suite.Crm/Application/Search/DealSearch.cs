using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Suite.Crm.Data;
using Suite.Framework.Search;
using Suite.Framework.Users;

namespace Suite.Crm.Application.Search;

/// <summary>Deals by title, among those the user may see (a sales manager: their own); the client and amount beside.</summary>
internal sealed class DealSearch(CrmDbContext db, ICurrentUser user) : ISearchSource
{
    public string Kind => "deal";
    public string Permission => CrmPermissions.Deals.Default;

    public async Task<IReadOnlyList<SearchHit>> FindAsync(SearchTerm term, int take, CancellationToken cancellationToken) =>
        (await db.Deals.AsNoTracking().IgnoreAutoIncludes().VisibleTo(user).BestFirst(d => d.SearchText, term)
            .ThenByDescending(d => d.CreatedAt).Take(take)
            .Select(d => new
            {
                d.Id, d.Title, d.Amount, d.Currency,
                Company = db.Companies.Where(c => c.Id == d.CompanyId).Select(c => c.Name).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken))
        .Select(d => new SearchHit(Kind, d.Id, d.Title,
            CompanySearch.Join(d.Company, $"{d.Amount.ToString("N2", CultureInfo.CurrentCulture)} {d.Currency}"), $"/crm/deals/{d.Id}"))
        .ToList();
}
