using Microsoft.EntityFrameworkCore;
using Suite.Docs.Data;
using Suite.Framework.Search;
using Suite.Framework.Users;

namespace Suite.Docs.Application.Search;

/// <summary>
/// Documents by number, title or the name of their card, among those the user may see; the latest version of each.
/// Docs keeps these columns as written (no lower-cased copy), so they are matched in the term's usual spellings.
/// A document opens on the card it was made for, where its files are.
/// </summary>
internal sealed class DocumentSearch(DocsDbContext db, ICurrentUser user) : ISearchSource
{
    private static readonly Dictionary<string, string> Cards = new()
    {
        ["company"] = "/crm/companies/", ["contact"] = "/crm/contacts/", ["deal"] = "/crm/deals/", ["lead"] = "/crm/leads/",
        ["invoice"] = "/finance/invoices/", ["shipment"] = "/stock/documents/", ["product"] = "/stock/products/",
    };

    public string Kind => "document";
    public string Permission => DocsPermissions.Documents.View;

    public async Task<IReadOnlyList<SearchHit>> FindAsync(SearchTerm term, int take, CancellationToken cancellationToken) =>
        (await db.Documents.AsNoTracking().VisibleTo(user)
            .Where(d => !db.Documents.Any(n => n.Number == d.Number && n.EntityId == d.EntityId && n.Version > d.Version))
            .BestFirstAsTyped(term, d => d.Number, d => d.Title, d => d.EntityTitle)
            .ThenByDescending(d => d.CreatedAt).Take(take)
            .Select(d => new { d.Id, d.Number, d.Title, d.EntityType, d.EntityId, d.EntityTitle })
            .ToListAsync(cancellationToken))
        .Select(d => new SearchHit(Kind, d.Id, d.Title, d.EntityTitle == d.Title ? d.Number : d.EntityTitle,
            Cards.TryGetValue(d.EntityType, out var card) ? card + d.EntityId : $"/docs/documents?q={Uri.EscapeDataString(d.Number)}"))
        .ToList();
}
