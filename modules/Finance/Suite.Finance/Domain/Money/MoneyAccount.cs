using Suite.Finance.Domain.Ledger;
using Suite.Framework.Domain;

namespace Suite.Finance.Domain.Money;

/// <summary>
/// One of our cash desks (account 50) or bank accounts (51). <see cref="Balance"/> moves with every ledger line that
/// names it, in the same transaction, under a row lock: it always equals what the ledger says.
/// </summary>
public sealed class MoneyAccount : AuditedEntity
{
    private MoneyAccount()
    {
        Name = null!;
        Currency = null!;
    }

    public MoneyAccount(string name, MoneyAccountKind kind)
    {
        Name = name;
        Kind = kind;
        Currency = "RUB";
    }

    public string Name { get; private set; }
    public MoneyAccountKind Kind { get; private set; }
    public string Currency { get; private set; }
    public string? BankName { get; private set; }
    public string? Bic { get; private set; }

    /// <summary>The 20-digit account number (расчётный счёт); statement lines are told apart by it.</summary>
    public string? AccountNumber { get; private set; }

    public string? CorrespondentAccount { get; private set; }

    /// <summary>The bank account printed on invoices; at most one.</summary>
    public bool IsMain { get; private set; }

    public bool IsArchived { get; private set; }
    public decimal Balance { get; private set; }

    /// <summary>The ledger account this one is a part of.</summary>
    public string LedgerAccount => Kind == MoneyAccountKind.Cash ? Accounts.Cash : Accounts.Bank;

    public void Update(string name, string? bankName, string? bic, string? accountNumber, string? correspondentAccount, bool isMain, bool isArchived)
    {
        Name = name;
        BankName = bankName;
        Bic = bic;
        AccountNumber = accountNumber;
        CorrespondentAccount = correspondentAccount;
        IsMain = isMain && Kind == MoneyAccountKind.Bank;
        IsArchived = isArchived;
    }

    public void ClearMain() => IsMain = false;

    internal void Move(decimal amount) => Balance += amount;
}

public enum MoneyAccountKind
{
    Cash,
    Bank,
}
