using Suite.Finance.Application.Money;
using Suite.Framework.Digest;
using Suite.Framework.Localization;

namespace Suite.Finance.Application.Digest;

/// <summary>Cash on every open account as the director's home shows it; balances are kept only as they are now, so no week before.</summary>
internal sealed class CashFigures(MoneyAccountService accounts) : IWeeklyFigures
{
    public int Order => 11;

    public string Permission => FinancePermissions.Payments.Default;

    public async Task<DigestSection> BuildAsync(DigestWeek week, CancellationToken cancellationToken)
    {
        var open = await accounts.ListAsync(includeArchived: false, cancellationToken);
        return new DigestSection("cash", Text.Pick("Деньги", "Cash"),
            [new("cash", Text.Pick("Остаток на счетах и в кассах сейчас", "On accounts and cash desks now"), open.Sum(a => a.Balance), null, DigestUnit.Money)]);
    }
}
