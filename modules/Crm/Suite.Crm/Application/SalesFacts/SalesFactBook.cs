using Microsoft.EntityFrameworkCore;
using Suite.Crm.Data;
using Suite.Crm.Domain.SalesFacts;

namespace Suite.Crm.Application.SalesFacts;

/// <summary>
/// Writes the sales facts for the handlers. Handlers run many to a transaction without savepoints, so a replay is
/// recognised by looking first (the document's facts are there), never by catching the key's violation.
/// </summary>
internal sealed class SalesFactBook(CrmDbContext db)
{
    /// <summary>Adds the facts of one document unless it was recorded before.</summary>
    public async Task RecordAsync(SalesFactKind kind, Guid documentId, IReadOnlyList<SalesFact> facts, CancellationToken cancellationToken)
    {
        if (facts.Count == 0 || await RecordedAsync(kind, documentId, reversal: false, cancellationToken))
            return;
        db.SalesFacts.AddRange(facts);
    }

    /// <summary>
    /// Cancels the document's facts with negative copies dated <paramref name="date"/>. What was never recorded (a
    /// document from before Crm kept facts) has nothing to cancel.
    /// </summary>
    public async Task ReverseAsync(SalesFactKind kind, Guid documentId, DateOnly date, CancellationToken cancellationToken)
    {
        if (await RecordedAsync(kind, documentId, reversal: true, cancellationToken))
            return;
        var recorded = await db.SalesFacts.AsNoTracking()
            .Where(f => f.Kind == kind && f.DocumentId == documentId && !f.IsReversal)
            .ToListAsync(cancellationToken);
        db.SalesFacts.AddRange(recorded.Select(f => f.ReversedOn(date)));
    }

    /// <summary>The company a fact belongs to: the one the event names, else the deal's when Crm has the deal.</summary>
    public async Task<Guid?> CompanyOfAsync(Guid? companyId, Guid? dealId, CancellationToken cancellationToken) =>
        companyId ?? (dealId is { } id
            ? await db.Deals.AsNoTracking().IgnoreAutoIncludes().Where(d => d.Id == id).Select(d => (Guid?)d.CompanyId)
                .SingleOrDefaultAsync(cancellationToken)
            : null);

    private async Task<bool> RecordedAsync(SalesFactKind kind, Guid documentId, bool reversal, CancellationToken cancellationToken) =>
        db.SalesFacts.Local.Any(f => f.Kind == kind && f.DocumentId == documentId && f.IsReversal == reversal)
        || await db.SalesFacts.AnyAsync(f => f.Kind == kind && f.DocumentId == documentId && f.IsReversal == reversal, cancellationToken);
}
