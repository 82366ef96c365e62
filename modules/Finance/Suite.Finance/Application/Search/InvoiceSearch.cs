using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Suite.Finance.Data;
using Suite.Finance.Domain.Invoices;
using Suite.Framework.Localization;
using Suite.Framework.Search;
using Suite.Framework.Users;

namespace Suite.Finance.Application.Search;

/// <summary>
/// Invoices by number, then by client (name or tax id), among those the user may see (a sales manager: those of their
/// clients and deals); newest first within each.
/// </summary>
internal sealed class InvoiceSearch(FinanceDbContext db, ICurrentUser user) : ISearchSource
{
    public string Kind => "invoice";
    public string Permission => FinancePermissions.Invoices.Default;

    public async Task<IReadOnlyList<SearchHit>> FindAsync(SearchTerm term, int take, CancellationToken cancellationToken)
    {
        var visible = db.Invoices.AsNoTracking().IgnoreAutoIncludes().VisibleTo(user);
        var byNumber = await Rows(visible.BestFirstAsTyped(term, i => i.Number).ThenByDescending(i => i.IssueDate).Take(take))
            .ToListAsync(cancellationToken);
        var rows = byNumber;
        if (rows.Count < take)
        {
            var found = byNumber.Select(r => r.Id).ToList();
            var lower = term.Lower;
            var byClient = visible.Where(i => !found.Contains(i.Id))
                .Join(db.Customers, i => i.CompanyId, c => c.Id, (i, c) => new { Invoice = i, Client = c })
                .Where(x => x.Client.SearchText.Contains(lower))
                .OrderBy(x => x.Client.SearchText.StartsWith(lower) ? 0 : 1).ThenByDescending(x => x.Invoice.IssueDate)
                .Select(x => x.Invoice).Take(take - rows.Count);
            rows = [.. byNumber, .. await Rows(byClient).ToListAsync(cancellationToken)];
        }

        return rows.Select(r => new SearchHit(Kind, r.Id, r.Number ?? Text.Pick("Черновик счёта", "Draft invoice"),
            $"{r.Client} · {r.Total.ToString("N2", CultureInfo.CurrentCulture)} {r.Currency}", $"/finance/invoices/{r.Id}")).ToList();
    }

    private IQueryable<Row> Rows(IQueryable<Invoice> invoices) => invoices.Select(i => new Row(
        i.Id, i.Number, i.BuyerName ?? db.Customers.Where(c => c.Id == i.CompanyId).Select(c => c.Name).FirstOrDefault(), i.Total, i.Currency));

    private sealed record Row(Guid Id, string? Number, string? Client, decimal Total, string Currency);
}
