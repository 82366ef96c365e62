using Microsoft.EntityFrameworkCore;
using Suite.Finance.Application.Settings;
using Suite.Finance.Data;
using Suite.Finance.Domain.Ledger;
using Suite.Finance.Domain.Money;
using Suite.Framework.Data;
using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Framework.Time;
using Suite.Framework.Users;

namespace Suite.Finance.Application.Ledger;

/// <summary>
/// The only way into the ledger. Every operation posts its entry through here, inside the operation's own transaction,
/// so the operation and its entry are saved together or not at all. Refuses a day on or before the lock date, and
/// moves the balances of the cash desks and bank accounts the entry names under a row lock.
/// </summary>
internal sealed class Books(FinanceDbContext db, FinanceSettingsReader settings, ICurrentUser user, BusinessClock clock)
{
    public const string LockDate = "Finance.LockDate";
    public const string CashShort = "Finance.Cash.Insufficient";

    /// <summary>Adds the entry (unsaved) after the checks; an entry without lines (a zero-value document) is not posted.</summary>
    /// <returns>False when there was nothing to post.</returns>
    public async Task<bool> PostAsync(JournalEntry entry, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("An entry is posted inside the transaction of its operation.");
        if (entry.Postings.Count == 0)
            return false;
        await EnsureOpenAsync(entry.Date, cancellationToken);
        await MoveMoneyAsync(entry, cancellationToken);
        entry.MarkPosted(clock.UtcNow, user.Id);
        db.JournalEntries.Add(entry);
        return true;
    }

    /// <summary>Reverses every entry the operation on <paramref name="sourceId"/> posted that is not reversed yet.</summary>
    public async Task ReverseAsync(Guid sourceId, string operation, DateOnly date, string description, CancellationToken cancellationToken)
    {
        var entries = await db.JournalEntries.Include(e => e.Postings)
            .Where(e => e.SourceId == sourceId && e.ReversedByEntryId == null && e.ReversesEntryId == null)
            .OrderBy(e => e.PostedAt).ToListAsync(cancellationToken);
        foreach (var entry in entries)
            await PostAsync(entry.Reverse(operation, date, description), cancellationToken);
    }

    /// <summary>409 <c>Finance.LockDate</c> when <paramref name="date"/> is on or before the lock date.</summary>
    public async Task EnsureOpenAsync(DateOnly date, CancellationToken cancellationToken)
    {
        if (await settings.LockDateAsync(cancellationToken) is { } lockDate && date <= lockDate)
            throw new BusinessRuleException(LockDate, Text.Pick(
                $"Период по {lockDate:dd.MM.yyyy} закрыт: провести операцию {date:dd.MM.yyyy} нельзя.",
                $"The books are closed up to {lockDate:yyyy-MM-dd}: nothing can be posted on {date:yyyy-MM-dd}."))
            {
                Extensions = new Dictionary<string, object?> { ["lockDate"] = lockDate.ToString("yyyy-MM-dd"), ["date"] = date.ToString("yyyy-MM-dd") },
            };
    }

    /// <summary>The first day postings are accepted on: the day after the lock date, or any day when there is none.</summary>
    public async Task<DateOnly> FirstOpenDayOnOrAfterAsync(DateOnly date, CancellationToken cancellationToken) =>
        await settings.LockDateAsync(cancellationToken) is { } lockDate && date <= lockDate ? lockDate.AddDays(1) : date;

    private async Task MoveMoneyAsync(JournalEntry entry, CancellationToken cancellationToken)
    {
        var moves = entry.Postings
            .SelectMany(p => new[] { (Id: p.DebitMoneyAccountId, Amount: p.Amount), (Id: p.CreditMoneyAccountId, Amount: -p.Amount) })
            .Where(m => m.Id is not null)
            .GroupBy(m => m.Id!.Value, m => m.Amount)
            .ToDictionary(g => g.Key, g => g.Sum());
        if (moves.Count == 0)
            return;
        await db.LockRowsAsync<MoneyAccount>(moves.Keys, cancellationToken);
        var accounts = await db.MoneyAccounts.Where(a => moves.Keys.Contains(a.Id)).ToListAsync(cancellationToken);
        foreach (var (id, amount) in moves)
        {
            var account = accounts.SingleOrDefault(a => a.Id == id) ?? throw new EntityNotFoundException("MoneyAccount", id);
            // The row was read under the lock: reload it, since this context may hold an older copy.
            await db.Entry(account).ReloadAsync(cancellationToken);
            account.Move(amount);
            if (account.Kind == MoneyAccountKind.Cash && account.Balance < 0)
                throw new BusinessRuleException(CashShort, Text.Pick(
                    $"В кассе «{account.Name}» {account.Balance - amount:0.00}: выдать {-amount:0.00} нельзя.",
                    $"Cash desk \"{account.Name}\" holds {account.Balance - amount:0.00}: {-amount:0.00} cannot be paid out."))
                {
                    Extensions = new Dictionary<string, object?> { ["accountId"] = id, ["balance"] = account.Balance - amount },
                };
        }
    }
}
