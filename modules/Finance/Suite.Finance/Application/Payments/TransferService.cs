using Microsoft.EntityFrameworkCore;
using Suite.Finance.Application.Invoices;
using Suite.Finance.Application.Ledger;
using Suite.Finance.Data;
using Suite.Finance.Domain.Ledger;
using Suite.Finance.Domain.Payments;
using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Framework.Paging;
using Suite.Framework.Time;

namespace Suite.Finance.Application.Payments;

/// <summary>
/// Money moved between our own cash desks and bank accounts: Дт 57 Кт the source, Дт the target Кт 57, on one day, so
/// both balances move together and a cash desk is never left below zero (<see cref="Books"/> refuses).
/// </summary>
internal sealed class TransferService(FinanceDbContext db, Books books, InvoiceNumbers numbers, BusinessClock clock)
{
    private static readonly SortMap<Transfer> Sorting = new SortMap<Transfer>("date desc, number desc")
        .Add("date", t => t.Date)
        .Add("number", t => t.Number)
        .Add("amount", t => t.Amount);

    public async Task<PagedResult<TransferDto>> ListAsync(TransferListRequest request, CancellationToken cancellationToken)
    {
        var query = db.Transfers.AsNoTracking();
        if (request.AccountId is { } accountId)
            query = query.Where(t => t.FromAccountId == accountId || t.ToAccountId == accountId);
        if (request.From is { } from)
            query = query.Where(t => t.Date >= from);
        if (request.To is { } to)
            query = query.Where(t => t.Date <= to);
        if (!string.IsNullOrWhiteSpace(request.Filter))
        {
            var text = request.Filter.Trim().ToLower();
            query = query.Where(t => t.Number.ToLower().Contains(text) || (t.Purpose != null && t.Purpose.ToLower().Contains(text)));
        }

        var page = await query.ToPageAsync(request, Sorting, t => t, cancellationToken);
        return new PagedResult<TransferDto>(page.TotalCount, await ToDtosAsync(page.Items, cancellationToken));
    }

    public async Task<TransferDto> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var transfer = await db.Transfers.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken)
                       ?? throw new EntityNotFoundException("Transfer", id);
        return (await ToDtosAsync([transfer], cancellationToken))[0];
    }

    public async Task<TransferDto> CreateAsync(TransferInput input, CancellationToken cancellationToken)
    {
        var date = input.Date ?? clock.Today;
        var ids = new[] { input.FromAccountId!.Value, input.ToAccountId!.Value };
        var accounts = await db.MoneyAccounts.Where(a => ids.Contains(a.Id) && !a.IsArchived).ToDictionaryAsync(a => a.Id, cancellationToken);
        foreach (var (field, id) in new[] { ("fromAccountId", ids[0]), ("toAccountId", ids[1]) })
            if (!accounts.ContainsKey(id))
                throw InputValidationException.For(field, Text.Pick("Нет такой действующей кассы или счёта.", "No such open cash desk or bank account."));
        var (source, target) = (accounts[ids[0]], accounts[ids[1]]);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var number = await numbers.NextAsync(Transfer.NumberPrefix, date.Year, cancellationToken);
        var purpose = string.IsNullOrWhiteSpace(input.Purpose) ? null : input.Purpose.Trim();
        var transfer = new Transfer(number, date, source.Id, target.Id, input.Amount!.Value, purpose);
        var entry = new JournalEntry("transfer", transfer.Id, date, Text.Pick(
                $"Перевод {number}: «{source.Name}» → «{target.Name}»", $"Transfer {number}: \"{source.Name}\" → \"{target.Name}\""))
            .Add(Accounts.InTransit, source.LedgerAccount, transfer.Amount, new PostingAnalytics(CreditMoneyAccountId: source.Id))
            .Add(target.LedgerAccount, Accounts.InTransit, transfer.Amount, new PostingAnalytics(DebitMoneyAccountId: target.Id));
        await books.PostAsync(entry, cancellationToken);
        db.Transfers.Add(transfer);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await GetAsync(transfer.Id, cancellationToken);
    }

    private async Task<List<TransferDto>> ToDtosAsync(IReadOnlyList<Transfer> transfers, CancellationToken cancellationToken)
    {
        var ids = transfers.SelectMany(t => new[] { t.FromAccountId, t.ToAccountId }).Distinct().ToList();
        var names = await db.MoneyAccounts.Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        return transfers.Select(t => new TransferDto(t.Id, t.Number, t.Date, t.FromAccountId, names.GetValueOrDefault(t.FromAccountId),
            t.ToAccountId, names.GetValueOrDefault(t.ToAccountId), t.Amount, t.Purpose, t.CreatedAt)).ToList();
    }
}
