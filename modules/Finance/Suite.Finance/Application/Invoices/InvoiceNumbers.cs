using Suite.Finance.Data;
using Suite.Framework.Data;
using Suite.Finance.Domain.Invoices;

namespace Suite.Finance.Application.Invoices;

/// <summary>Hands out the next invoice number of a prefix's series for a year inside the caller's transaction (gapless).</summary>
internal sealed class InvoiceNumbers(FinanceDbContext db)
{
    public async Task<string> NextAsync(string prefix, int year, CancellationToken cancellationToken) =>
        InvoiceSeries.Format(prefix, year, await db.NextAsync<InvoiceSeries>(prefix, year, cancellationToken));
}
