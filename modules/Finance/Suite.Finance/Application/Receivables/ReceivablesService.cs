using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Suite.Finance.Data;
using Suite.Finance.Domain.Invoices;
using Suite.Finance.Domain.Ledger;
using Suite.Finance.Domain.Payments;
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
        // Summed by the database, per client and bucket: the invoices' totals less the allocations to them. An invoice cannot
        // be allocated more than its total, so a paid invoice adds nothing to its bucket and per-invoice figures are not needed.
        // The bucket is told by comparing the due date to the bucket's first day, which both databases compare alike.
        var (d1, d31, d61, d91) = (DaysBefore(day, 1), DaysBefore(day, 31), DaysBefore(day, 61), DaysBefore(day, 91));
        var invoices = IssuedOn(day, null);
        var totals = await invoices
            .GroupBy(i => new { i.CompanyId, Bucket = i.DueDate > d1 ? 0 : i.DueDate > d31 ? 1 : i.DueDate > d61 ? 2 : i.DueDate > d91 ? 3 : 4 })
            .Select(g => new { g.Key.CompanyId, g.Key.Bucket, Amount = g.Sum(i => i.Total) })
            .ToListAsync(cancellationToken);
        var paid = await (from a in AllocatedOn(day)
                join i in invoices on a.InvoiceId equals i.Id
                group a.Amount by new { i.CompanyId, Bucket = i.DueDate > d1 ? 0 : i.DueDate > d31 ? 1 : i.DueDate > d61 ? 2 : i.DueDate > d91 ? 3 : 4 }
                into g
                select new { g.Key.CompanyId, g.Key.Bucket, Amount = g.Sum() })
            .ToListAsync(cancellationToken);
        var paidIn = paid.ToDictionary(p => (p.CompanyId, p.Bucket), p => p.Amount);
        var due = totals.Select(t => (t.CompanyId, t.Bucket, Due: t.Amount - paidIn.GetValueOrDefault((t.CompanyId, t.Bucket))))
            .Where(t => t.Due != 0).ToList();

        var companyIds = due.Select(t => t.CompanyId).Distinct().ToList();
        var names = await db.Customers.AsNoTracking().Where(c => companyIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var unknown = companyIds.Where(id => !names.ContainsKey(id)).ToList();
        if (unknown.Count > 0)
            foreach (var buyer in await invoices.Where(i => unknown.Contains(i.CompanyId)).GroupBy(i => i.CompanyId)
                         .Select(g => new { g.Key, Name = g.Max(i => i.BuyerName) }).ToListAsync(cancellationToken))
                names[buyer.Key] = buyer.Name ?? "";

        var rows = due.GroupBy(t => t.CompanyId).Select(g =>
            {
                var amounts = Sum(g.Select(t => (t.Bucket, t.Due)));
                return new AgingRowDto(g.Key, names.GetValueOrDefault(g.Key) ?? "", amounts.NotDue, amounts.D1_30, amounts.D31_60, amounts.D61_90,
                    amounts.Over90, amounts.Total);
            })
            .OrderByDescending(r => r.Total).ThenBy(r => r.CompanyName).ToList();
        return new AgingDto(day, rows, Sum(due.Select(t => (t.Bucket, t.Due))));
    }

    // Held at the calendar's first day: an aging as of 0001-01-01 is empty, not an overflow.
    private static DateOnly DaysBefore(DateOnly day, int days) => DateOnly.FromDayNumber(Math.Max(0, day.DayNumber - days));

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
    private async Task<List<OpenInvoice>> OpenInvoicesAsync(DateOnly day, Guid companyId, CancellationToken cancellationToken)
    {
        var invoices = IssuedOn(day, companyId);
        var rows = await invoices.Select(i => new { i.Id, i.CompanyId, i.Number, i.IssueDate, i.DueDate, i.Total, i.BuyerName })
            .ToListAsync(cancellationToken);
        var allocations = await AllocatedOn(day).Where(a => invoices.Any(i => i.Id == a.InvoiceId))
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

    /// <summary>The invoices the user may see that stood issued on <paramref name="day"/>: issued by then, not cancelled by then.</summary>
    private IQueryable<Invoice> IssuedOn(DateOnly day, Guid? companyId)
    {
        var invoices = db.Invoices.AsNoTracking().IgnoreAutoIncludes().VisibleTo(user)
            .Where(i => i.Status != InvoiceStatus.Draft && i.IssueDate <= day && (i.CancelledOn == null || i.CancelledOn > day));
        return companyId is { } id ? invoices.Where(i => i.CompanyId == id) : invoices;
    }

    /// <summary>The allocations that stood on <paramref name="day"/>: dated by then, not cancelled by then.</summary>
    private IQueryable<PaymentAllocation> AllocatedOn(DateOnly day) =>
        db.PaymentAllocations.AsNoTracking().Where(a => a.Date <= day && (a.CancelledOn == null || a.CancelledOn > day));

    /// <summary>Days past the due date: 0 or less is not due (due today included), then 1–30, 31–60, 61–90, over 90.</summary>
    public static string BucketOf(int daysOverdue) => daysOverdue switch
    {
        <= 0 => NotDue,
        <= 30 => D1To30,
        <= 60 => D31To60,
        <= 90 => D61To90,
        _ => Over90,
    };

    /// <summary>Amounts by bucket number: 0 not due, 1 for 1–30 days overdue, 2 for 31–60, 3 for 61–90, 4 over 90.</summary>
    private static AgingAmounts Sum(IEnumerable<(int Bucket, decimal Due)> amounts)
    {
        var list = amounts.ToList();
        decimal In(int bucket) => list.Where(a => a.Bucket == bucket).Sum(a => a.Due);
        return new AgingAmounts(In(0), In(1), In(2), In(3), In(4), list.Sum(a => a.Due));
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
