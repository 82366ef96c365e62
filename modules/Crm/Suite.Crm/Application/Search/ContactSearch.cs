using Microsoft.EntityFrameworkCore;
using Suite.Crm.Data;
using Suite.Framework.Search;
using Suite.Framework.Users;

namespace Suite.Crm.Application.Search;

/// <summary>Contacts by name, phone or e-mail, among those the user may see; their company and position beside.</summary>
internal sealed class ContactSearch(CrmDbContext db, ICurrentUser user) : ISearchSource
{
    public string Kind => "contact";
    public string Permission => CrmPermissions.Contacts.Default;

    public async Task<IReadOnlyList<SearchHit>> FindAsync(SearchTerm term, int take, CancellationToken cancellationToken) =>
        (await db.Contacts.AsNoTracking().VisibleTo(user).BestFirst(c => c.SearchText, term).ThenBy(c => c.FirstName).ThenBy(c => c.LastName)
            .Take(take)
            .Select(c => new
            {
                c.Id, c.FirstName, c.LastName, c.Position,
                Company = db.Companies.Where(x => x.Id == c.CompanyId).Select(x => x.Name).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken))
        .Select(c => new SearchHit(Kind, c.Id, c.LastName is null ? c.FirstName : $"{c.FirstName} {c.LastName}",
            CompanySearch.Join(c.Company, c.Position), $"/crm/contacts/{c.Id}"))
        .ToList();
}
