using Microsoft.EntityFrameworkCore;
using Suite.Crm.Data;
using Suite.Framework.Search;
using Suite.Framework.Users;

namespace Suite.Crm.Application.Search;

/// <summary>Companies by name, tax id, phone or e-mail, among those the user may see.</summary>
internal sealed class CompanySearch(CrmDbContext db, ICurrentUser user) : ISearchSource
{
    public string Kind => "company";
    public string Permission => CrmPermissions.Companies.Default;

    public async Task<IReadOnlyList<SearchHit>> FindAsync(SearchTerm term, int take, CancellationToken cancellationToken) =>
        (await db.Companies.AsNoTracking().VisibleTo(user).BestFirst(c => c.SearchText, term).ThenBy(c => c.Name).Take(take)
            .Select(c => new { c.Id, c.Name, c.TaxId, c.Phone })
            .ToListAsync(cancellationToken))
        .Select(c => new SearchHit(Kind, c.Id, c.Name, Join(c.TaxId is null ? null : $"ИНН {c.TaxId}", c.Phone), $"/crm/companies/{c.Id}"))
        .ToList();

    internal static string? Join(params string?[] parts) =>
        parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToList() is { Count: > 0 } present ? string.Join(" · ", present) : null;
}
