using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Suite.Finance.Data;
using Suite.Finance.Domain.Invoices;
using Suite.Finance.Domain.Ledger;
using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Framework.Time;
using Suite.Framework.Users;

namespace Suite.Finance.Application.Receivables;

/// <summary>
/// Receivables as of any day: an invoice counts when it was issued on or before the day and not cancelled by then, less
/// the allocations dated on or before it that were not cancelled by then; so a report for a past day gives the same
/// figures whatever happened after it. The reconciliation statement reads the ledger (62.01 and 62.02 of the client).
/// </summary>
internal sealed class ReceivablesService(FinanceDbContext db, ICurrentUser user, BusinessClock clock)
{
    public const string NotDue = "notDue";
    public const string D1To30 = "d1_30";
    public const string D31To60 = "d31_60";
    public const string D61To90 = "d61_90";
    public const string Over90 = "over90";

    public async Task<AgingDto> AgingAsync(DateOnly? asOf, CancellationToken cancellationToken)
    {
        var day = asOf ?? clock.Today;
        var invoices = await OpenInvoicesAsync(day, null, cancellationToken);
        var companyIds = invoices.Select(i => i.CompanyId).Distinct().ToList();
        var names = await db.Customers.AsNoTracking().Where(c => companyIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var rows = invoices.GroupBy(i => i.CompanyId).Select(g =>
            {
                var amounts = Sum(g);
                return new AgingRowDto(g.Key, names.GetValueOrDefault(g.Key) ?? g.First().BuyerName ?? "", amounts.NotDue, amounts.D1_30,
                    amounts.D31_60, amounts.D61_90, amounts.Over90, amounts.Total);
            })
            .OrderByDescending(r => r.Total).ThenBy(r => r.CompanyName).ToList();
        return new AgingDto(day, rows, Sum(invoices));
    }

    /// <summary>The client's unpaid invoices on the day, the oldest due first.</summary>
    public async Task<IReadOnlyList<AgingInvoiceDto>> AgingOfAsync(Guid companyId, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var day = asOf ?? clock.Today;
        await CustomerNameAsync(companyId, cancellationToken);
        return (await OpenInvoicesAsync(day, companyId, cancellationToken))
            .OrderBy(i => i.DueDate).ThenBy(i => i.Number)
            .Select(i => new AgingInvoiceDto(i.InvoiceId, i.Number, i.IssueDate, i.DueDate, i.Total, i.Paid, i.Due, Math.Max(i.DaysOverdue, 0),
                i.Bucket))
            .ToList();
    }

    public async Task<ReconciliationDto> ReconciliationAsync(ReconciliationRequest request, CancellationToken cancellationToken)
    {
        var companyId = request.CompanyId ?? throw InputValidationException.For("companyId",
            Text.Pick("Выберите клиента.", "Choose the client."));
        var to = request.To ?? clock.Today;
        var start = request.From ?? new DateOnly(to.Year, 1, 1);
        if (start > to)
            throw InputValidationException.For("from", Text.Pick("Начало периода позже его конца.", "The period starts after it ends."));
        var name = await CustomerNameAsync(companyId, cancellationToken);

        // Дт 62.02 Кт 62.01 (an advance applied to an invoice) moves the debt within the client's account: not a row.
        var lines = db.Postings.AsNoTracking().Where(p => p.CompanyId == companyId && p.Date <= to)
            .Where(p => ((p.DebitAccount == Accounts.Receivables || p.DebitAccount == Accounts.AdvancesReceived)
                         && p.CreditAccount != Accounts.Receivables && p.CreditAccount != Accounts.AdvancesReceived)
                        || ((p.CreditAccount == Accounts.Receivables || p.CreditAccount == Accounts.AdvancesReceived)
                            && p.DebitAccount != Accounts.Receivables && p.DebitAccount != Accounts.AdvancesReceived));
        bool OnClientSide(string account) => account is Accounts.Receivables or Accounts.AdvancesReceived;
        var before = await lines.Where(p => p.Date < start).Select(p => new { p.DebitAccount, p.Amount }).ToListAsync(cancellationToken);
        var opening = before.Sum(p => OnClientSide(p.DebitAccount) ? p.Amount : -p.Amount);
        var period = (await (from p in lines.Where(p => p.Date >= start)
                    join e in db.JournalEntries.AsNoTracking() on p.EntryId equals e.Id
                    select new { p.EntryId, p.Date, e.Description, e.PostedAt, p.DebitAccount, p.Amount })
                .ToListAsync(cancellationToken))
            .Select(p => new
            {
                p.EntryId, p.Date, p.Description, p.PostedAt,
                Debit = OnClientSide(p.DebitAccount) ? p.Amount : 0m,
                Credit = OnClientSide(p.DebitAccount) ? 0m : p.Amount,
            });
        var rows = period.GroupBy(p => new { p.EntryId, p.Date, p.Description, p.PostedAt })
            .OrderBy(g => g.Key.Date).ThenBy(g => g.Key.PostedAt)
            .Select(g => new ReconciliationRowDto(g.Key.Date, g.Key.Description, g.Sum(p => p.Debit), g.Sum(p => p.Credit)))
            .ToList();
        var debit = rows.Sum(r => r.Debit);
        var credit = rows.Sum(r => r.Credit);
        return new ReconciliationDto(companyId, name, start, to, opening, rows, debit, credit, opening + debit - credit);
    }

    /// <summary>The client's name, or 404 when the user may not see the client.</summary>
    public async Task<string> CustomerNameAsync(Guid companyId, CancellationToken cancellationToken) =>
        await db.Customers.AsNoTracking().VisibleTo(user).Where(c => c.Id == companyId).Select(c => c.Name).SingleOrDefaultAsync(cancellationToken)
        ?? throw new EntityNotFoundException("Customer", companyId);

    /// <summary>Every invoice with something left to pay on <paramref name="day"/>, with its bucket.</summary>
    private async Task<List<OpenInvoice>> OpenInvoicesAsync(DateOnly day, Guid? companyId, CancellationToken cancellationToken)
    {
        var invoices = db.Invoices.AsNoTracking().IgnoreAutoIncludes().VisibleTo(user)
            .Where(i => i.Status != InvoiceStatus.Draft && i.IssueDate <= day && (i.CancelledOn == null || i.CancelledOn > day));
        if (companyId is { } id)
            invoices = invoices.Where(i => i.CompanyId == id);
        var rows = await invoices.Select(i => new { i.Id, i.CompanyId, i.Number, i.IssueDate, i.DueDate, i.Total, i.BuyerName })
            .ToListAsync(cancellationToken);
        // Summed here rather than in SQL: the same exact decimal arithmetic on both databases.
        var allocations = await db.PaymentAllocations.AsNoTracking()
            .Where(a => a.Date <= day && (a.CancelledOn == null || a.CancelledOn > day) && invoices.Any(i => i.Id == a.InvoiceId))
            .Select(a => new { a.InvoiceId, a.Amount }).ToListAsync(cancellationToken);
        var paid = allocations.GroupBy(a => a.InvoiceId).ToDictionary(g => g.Key, g => g.Sum(a => a.Amount));
        return rows.Select(r => (Row: r, Paid: paid.GetValueOrDefault(r.Id))).Where(r => r.Row.Total - r.Paid > 0)
            .Select(x =>
            {
                var r = x.Row;
                var days = day.DayNumber - r.DueDate.DayNumber;
                return new OpenInvoice(r.Id, r.CompanyId, r.Number ?? "", r.BuyerName, r.IssueDate, r.DueDate, r.Total, x.Paid, r.Total - x.Paid,
                    days, BucketOf(days));
            })
            .ToList();
    }

    /// <summary>Days past the due date: 0 or less is not due (due today included), then 1–30, 31–60, 61–90, over 90.</summary>
    public static string BucketOf(int daysOverdue) => daysOverdue switch
    {
        <= 0 => NotDue,
        <= 30 => D1To30,
        <= 60 => D31To60,
        <= 90 => D61To90,
        _ => Over90,
    };

    private static AgingAmounts Sum(IEnumerable<OpenInvoice> invoices)
    {
        var list = invoices.ToList();
        decimal In(string bucket) => list.Where(i => i.Bucket == bucket).Sum(i => i.Due);
        return new AgingAmounts(In(NotDue), In(D1To30), In(D31To60), In(D61To90), In(Over90), list.Sum(i => i.Due));
    }

    private sealed record OpenInvoice(
        Guid InvoiceId, Guid CompanyId, string Number, string? BuyerName, DateOnly IssueDate, DateOnly DueDate, decimal Total, decimal Paid,
        decimal Due, int DaysOverdue, string Bucket);
}

internal sealed class ReconciliationRequest
{
    [FromQuery(Name = "companyId")] public Guid? CompanyId { get; set; }

    /// <summary>The period, both days inclusive; from the start of the year of <see cref="To"/> to today by default.</summary>
    [FromQuery(Name = "from")] public DateOnly? From { get; set; }

    [FromQuery(Name = "to")] public DateOnly? To { get; set; }
}
