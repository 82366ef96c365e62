using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Suite.Finance.Application.Reports;
using Suite.Finance.Data;
using Suite.Finance.Domain.Ledger;
using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Framework.Paging;

namespace Suite.Finance.Application.Ledger;

/// <summary>The ledger's query: a period, an account (either side of the line) and a client or supplier.</summary>
internal sealed class LedgerListRequest : PageRequest
{
    [FromQuery(Name = "from")] public DateOnly? From { get; set; }
    [FromQuery(Name = "to")] public DateOnly? To { get; set; }
    [FromQuery(Name = "account")] public string? Account { get; set; }
    [FromQuery(Name = "companyId")] public Guid? CompanyId { get; set; }
}

/// <summary>
/// A ledger line (проводка) with the names of what it is about. <see cref="SourceId"/> is the record the operation is
/// about (the invoice, the payment, the stock document); a reversal's amount is negative (storno).
/// </summary>
internal sealed record LedgerLineDto(
    Guid Id, Guid EntryId, Guid SourceId, DateOnly Date, string DebitAccount, string CreditAccount, decimal Amount, string Description, string Operation,
    Guid? CompanyId, string? CompanyName, Guid? InvoiceId, Guid? ArticleId, string? ArticleName, Guid? MoneyAccountId, string? MoneyAccountName,
    bool IsReversal);

/// <summary>The ledger as accountants read it: line by line, newest first.</summary>
internal sealed class LedgerList(FinanceDbContext db)
{
    private static readonly SortMap<Posting> Sorting = new SortMap<Posting>("date desc")
        .Add("date", p => p.Date)
        .Add("amount", p => p.Amount)
        .Add("debitAccount", p => p.DebitAccount)
        .Add("creditAccount", p => p.CreditAccount);

    public async Task<PagedResult<LedgerLineDto>> ListAsync(LedgerListRequest request, CancellationToken cancellationToken)
    {
        request.Validate();
        var query = db.Postings.AsNoTracking();
        if (request.From is { } from)
            query = query.Where(p => p.Date >= from);
        if (request.To is { } to)
            query = query.Where(p => p.Date <= to);
        if (!string.IsNullOrWhiteSpace(request.Account))
        {
            var account = request.Account.Trim();
            if (!Accounts.Exists(account))
                throw InputValidationException.For("account", Text.Pick($"Счёта {account} нет в плане счетов.", $"There is no account {account} in the chart."));
            query = query.Where(p => p.DebitAccount == account || p.CreditAccount == account);
        }

        if (request.CompanyId is { } companyId)
            query = query.Where(p => p.CompanyId == companyId);

        var total = await query.LongCountAsync(cancellationToken);
        // Lines of one day in the order they were posted (ids are time-ordered), so pages do not shuffle.
        var page = await Sorting.Apply(query, request.Sorting).ThenByDescending(p => p.Id)
            .Skip(request.Skip).Take(request.Take).ToListAsync(cancellationToken);

        var entryIds = page.Select(p => p.EntryId).Distinct().ToList();
        var entries = await db.JournalEntries.AsNoTracking().Where(e => entryIds.Contains(e.Id))
            .Select(e => new { e.Id, e.SourceId, e.Description, e.Operation, e.ReversesEntryId }).ToDictionaryAsync(e => e.Id, cancellationToken);
        var companyIds = page.Where(p => p.CompanyId != null).Select(p => p.CompanyId!.Value).Distinct().ToList();
        var companies = await db.Customers.AsNoTracking().Where(c => companyIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var articleIds = page.Where(p => p.ArticleId != null).Select(p => p.ArticleId!.Value).Distinct().ToList();
        var articles = await db.Articles.AsNoTracking().Where(a => articleIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var moneyIds = page.SelectMany(p => new[] { p.DebitMoneyAccountId, p.CreditMoneyAccountId }).OfType<Guid>().Distinct().ToList();
        var money = await db.MoneyAccounts.AsNoTracking().Where(a => moneyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);

        return new PagedResult<LedgerLineDto>(total, page.Select(p =>
        {
            var entry = entries[p.EntryId];
            var moneyId = p.DebitMoneyAccountId ?? p.CreditMoneyAccountId;
            return new LedgerLineDto(p.Id, p.EntryId, entry.SourceId, p.Date, p.DebitAccount, p.CreditAccount, p.Amount, entry.Description, entry.Operation,
                p.CompanyId, p.CompanyId is { } c ? companies.GetValueOrDefault(c) : null, p.InvoiceId,
                p.ArticleId, p.ArticleId is { } a ? articles.GetValueOrDefault(a) : null,
                moneyId, moneyId is { } m ? money.GetValueOrDefault(m) : null, entry.ReversesEntryId is not null);
        }).ToList());
    }
}
