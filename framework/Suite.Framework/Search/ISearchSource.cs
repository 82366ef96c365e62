namespace Suite.Framework.Search;

/// <summary>
/// One kind of record a module answers the global search for (Crm's deals, Stock's products), with the module's own
/// record rule: it returns only what <see cref="Suite.Framework.Users.ICurrentUser"/> may open. The host asks every
/// source whose <see cref="Permission"/> the user holds, each in a scope of its own, at the same time.
/// </summary>
public interface ISearchSource
{
    /// <summary>The kind of the records it finds, as the results name it: company, contact, deal, lead, invoice, product, document, task.</summary>
    string Kind { get; }

    /// <summary>The permission that lets a user read these records at all; without it the source is not asked.</summary>
    string Permission { get; }

    /// <summary>At most <paramref name="take"/> records matching <paramref name="term"/>, best first (<see cref="SearchMatch"/>).</summary>
    Task<IReadOnlyList<SearchHit>> FindAsync(SearchTerm term, int take, CancellationToken cancellationToken);
}
