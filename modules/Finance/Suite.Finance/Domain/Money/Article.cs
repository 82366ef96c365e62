using Suite.Finance.Domain.Ledger;
using Suite.Framework.Domain;

namespace Suite.Finance.Domain.Money;

/// <summary>
/// An income or expense article (статья): what money came in or went out for, and which ledger account the other side
/// of such a payment posts to. The built-in ones carry a <see cref="Code"/> that operations find them by.
/// </summary>
public sealed class Article : AuditedEntity
{
    private Article()
    {
        Name = null!;
        LedgerAccount = null!;
    }

    public Article(string name, ArticleKind kind, string ledgerAccount, string? code = null)
    {
        Name = name;
        Kind = kind;
        LedgerAccount = ledgerAccount;
        Code = code;
    }

    public string Name { get; private set; }
    public ArticleKind Kind { get; private set; }

    /// <summary>The account a payment under this article posts against 50/51 (an expense: 26, 44, 60, 68.02, 91.02; an income: 62, 91.01).</summary>
    public string LedgerAccount { get; private set; }

    /// <summary>Set on the built-in articles; they can be renamed but not deleted.</summary>
    public string? Code { get; private set; }

    public bool IsArchived { get; private set; }

    public void Update(string name, string ledgerAccount, bool isArchived)
    {
        Name = name;
        LedgerAccount = ledgerAccount;
        IsArchived = isArchived;
    }

    /// <summary>The accounts an article of each kind may post to.</summary>
    public static bool Fits(ArticleKind kind, string account) => kind == ArticleKind.Income
        ? account is Accounts.Receivables or Accounts.OtherIncome or Accounts.Capital
        : account is Accounts.GeneralExpenses or Accounts.SellingExpenses or Accounts.Payables or Accounts.VatPayable
            or Accounts.OtherExpenses;
}

public enum ArticleKind
{
    Income,
    Expense,
}

/// <summary>The built-in articles, seeded when the module starts; operations find them by code.</summary>
public static class Articles
{
    public const string CustomerPayments = "customer-payments";
    public const string Capital = "capital";
    public const string OtherIncome = "other-income";
    public const string SupplierPayments = "supplier-payments";
    public const string Salary = "salary";
    public const string Rent = "rent";
    public const string Advertising = "advertising";
    public const string BankFees = "bank-fees";
    public const string Taxes = "taxes";
    public const string GoodsWriteOff = "goods-write-off";
    public const string CountShortage = "count-shortage";
    public const string CountSurplus = "count-surplus";

    public static IReadOnlyList<Article> BuiltIn() =>
    [
        new("Оплата от покупателей", ArticleKind.Income, Accounts.Receivables, CustomerPayments),
        new("Прочие поступления", ArticleKind.Income, Accounts.OtherIncome, OtherIncome),
        new("Взнос в уставный капитал", ArticleKind.Income, Accounts.Capital, Capital),
        new("Излишки при инвентаризации", ArticleKind.Income, Accounts.OtherIncome, CountSurplus),
        new("Оплата поставщикам", ArticleKind.Expense, Accounts.Payables, SupplierPayments),
        new("Зарплата", ArticleKind.Expense, Accounts.GeneralExpenses, Salary),
        new("Аренда", ArticleKind.Expense, Accounts.GeneralExpenses, Rent),
        new("Реклама", ArticleKind.Expense, Accounts.SellingExpenses, Advertising),
        new("Услуги банка", ArticleKind.Expense, Accounts.OtherExpenses, BankFees),
        new("Налоги", ArticleKind.Expense, Accounts.VatPayable, Taxes),
        new("Списание товаров", ArticleKind.Expense, Accounts.OtherExpenses, GoodsWriteOff),
        new("Недостачи при инвентаризации", ArticleKind.Expense, Accounts.OtherExpenses, CountShortage),
    ];
}
