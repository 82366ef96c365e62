using Suite.Finance.Domain.Money;

namespace Suite.Finance.Application.Money;

internal sealed record MoneyAccountDto(
    Guid Id, string Name, MoneyAccountKind Kind, string Currency, string? BankName, string? Bic, string? AccountNumber,
    string? CorrespondentAccount, bool IsMain, bool IsArchived, decimal Balance, string LedgerAccount, string ConcurrencyStamp)
{
    /// <summary>API.md's name for the account number.</summary>
    public string? BankAccountNumber => AccountNumber;

    internal static MoneyAccountDto From(MoneyAccount a) => new(a.Id, a.Name, a.Kind, a.Currency, a.BankName, a.Bic, a.AccountNumber,
        a.CorrespondentAccount, a.IsMain, a.IsArchived, a.Balance, a.LedgerAccount, a.ConcurrencyStamp);
}

internal sealed record MoneyAccountInput
{
    public string? Name { get; init; }
    public MoneyAccountKind? Kind { get; init; }
    public string? BankName { get; init; }
    public string? Bic { get; init; }
    public string? AccountNumber { get; init; }

    /// <summary>API.md's name for <see cref="AccountNumber"/>.</summary>
    public string? BankAccountNumber { get; init; }

    public string? CorrespondentAccount { get; init; }
    public bool IsMain { get; init; }
    public bool IsArchived { get; init; }
    public string? ConcurrencyStamp { get; init; }
}
