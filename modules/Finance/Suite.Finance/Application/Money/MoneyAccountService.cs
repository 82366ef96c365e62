using Microsoft.EntityFrameworkCore;
using Suite.Finance.Application.Organisation;
using Suite.Finance.Data;
using Suite.Finance.Domain.Ledger;
using Suite.Finance.Domain.Money;
using Suite.Framework.Domain;
using Suite.Framework.Localization;

namespace Suite.Finance.Application.Money;

/// <summary>Cash desks and bank accounts. One that has seen money is archived, never deleted: the ledger names it.</summary>
internal sealed class MoneyAccountService(FinanceDbContext db, OrganisationService organisation)
{
    public const string InUse = "Finance.Account.InUse";
    public const string DuplicateNumber = "Finance.Account.DuplicateNumber";

    public async Task<IReadOnlyList<MoneyAccountDto>> ListAsync(bool includeArchived, CancellationToken cancellationToken) =>
        (await db.MoneyAccounts.AsNoTracking().Where(a => includeArchived || !a.IsArchived)
            .OrderBy(a => a.Kind).ThenBy(a => a.Name).ToListAsync(cancellationToken))
        .Select(MoneyAccountDto.From).ToList();

    public async Task<MoneyAccountDto> GetAsync(Guid id, CancellationToken cancellationToken) =>
        MoneyAccountDto.From(await FindAsync(id, cancellationToken));

    public async Task<MoneyAccountDto> CreateAsync(MoneyAccountInput input, CancellationToken cancellationToken)
    {
        var account = new MoneyAccount(input.Name!.Trim(), input.Kind!.Value);
        db.MoneyAccounts.Add(account);
        await ApplyAsync(account, input, cancellationToken);
        return MoneyAccountDto.From(account);
    }

    public async Task<MoneyAccountDto> UpdateAsync(Guid id, MoneyAccountInput input, CancellationToken cancellationToken)
    {
        var account = await FindAsync(id, cancellationToken);
        db.ExpectConcurrencyStamp(account, input.ConcurrencyStamp);
        await ApplyAsync(account, input, cancellationToken);
        return MoneyAccountDto.From(account);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var account = await FindAsync(id, cancellationToken);
        if (await db.Postings.AnyAsync(p => p.DebitMoneyAccountId == id || p.CreditMoneyAccountId == id, cancellationToken))
            throw new BusinessRuleException(InUse, Text.Pick(
                $"По счёту «{account.Name}» были операции: его можно только архивировать.",
                $"\"{account.Name}\" has operations: it can only be archived."));
        db.MoneyAccounts.Remove(account);
        if (account.IsMain)
            await organisation.PublishAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task ApplyAsync(MoneyAccount account, MoneyAccountInput input, CancellationToken cancellationToken)
    {
        var number = Blank(input.AccountNumber ?? input.BankAccountNumber);
        if (number is not null && await db.MoneyAccounts.AnyAsync(a => a.AccountNumber == number && a.Id != account.Id, cancellationToken))
            throw new BusinessRuleException(DuplicateNumber, Text.Pick(
                $"Счёт {number} уже заведён.", $"Account {number} already exists."));
        var wasMain = account.IsMain;
        account.Update(input.Name!.Trim(), Blank(input.BankName), Blank(input.Bic), number, Blank(input.CorrespondentAccount),
            input.IsMain && !input.IsArchived, input.IsArchived);
        if (account.IsMain)
            foreach (var other in await db.MoneyAccounts.Where(a => a.IsMain && a.Id != account.Id).ToListAsync(cancellationToken))
                other.ClearMain();
        // Printed invoices show the main bank account: Docs hears of any change to it.
        if (account.IsMain || wasMain)
            await organisation.PublishAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<MoneyAccount> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.MoneyAccounts.SingleOrDefaultAsync(a => a.Id == id, cancellationToken) ?? throw new EntityNotFoundException("Account", id);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
