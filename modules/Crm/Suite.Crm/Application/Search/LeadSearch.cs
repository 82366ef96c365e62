using Microsoft.EntityFrameworkCore;
using Suite.Crm.Data;
using Suite.Framework.Search;
using Suite.Framework.Users;

namespace Suite.Crm.Application.Search;

/// <summary>Leads by title, name, company, phone, e-mail or tax id, among those the user may see.</summary>
internal sealed class LeadSearch(CrmDbContext db, ICurrentUser user) : ISearchSource
{
    public string Kind => "lead";
    public string Permission => CrmPermissions.Leads.Default;

    public async Task<IReadOnlyList<SearchHit>> FindAsync(SearchTerm term, int take, CancellationToken cancellationToken) =>
        (await db.Leads.AsNoTracking().VisibleTo(user).BestFirst(l => l.SearchText, term).ThenByDescending(l => l.CreatedAt).Take(take)
            .Select(l => new { l.Id, l.Title, l.Name, l.CompanyName, l.Phone })
            .ToListAsync(cancellationToken))
        .Select(l => new SearchHit(Kind, l.Id, l.Title, CompanySearch.Join(l.Name, l.CompanyName, l.Phone), $"/crm/leads/{l.Id}"))
        .ToList();
}
