namespace Suite.Finance.Domain.Ledger;

/// <summary>
/// The chart of accounts, numbered as Russian accountants know it (план счетов). Only the accounts Suite's operations
/// post to; a posting to any other code is refused.
/// </summary>
public static class Accounts
{
    public const string Goods = "41";
    public const string Cash = "50";
    public const string Bank = "51";
    public const string InTransit = "57";
    public const string Payables = "60";
    public const string Receivables = "62.01";
    public const string AdvancesReceived = "62.02";
    public const string VatPayable = "68.02";
    public const string Capital = "80";
    public const string Revenue = "90.01";
    public const string CostOfSales = "90.02";
    public const string VatOnSales = "90.03";
    public const string GeneralExpenses = "26";
    public const string SellingExpenses = "44";
    public const string OtherIncome = "91.01";
    public const string OtherExpenses = "91.02";
    public const string Profit = "99";

    /// <summary>Every account in the chart, in the order a trial balance lists them.</summary>
    public static readonly IReadOnlyList<Account> Chart =
    [
        new(GeneralExpenses, "Общехозяйственные расходы", "General expenses"),
        new(Goods, "Товары", "Goods"),
        new(SellingExpenses, "Расходы на продажу", "Selling expenses"),
        new(Cash, "Касса", "Cash"),
        new(Bank, "Расчётные счета", "Bank accounts"),
        new(InTransit, "Переводы в пути", "Transfers in transit"),
        new(Payables, "Расчёты с поставщиками и подрядчиками", "Suppliers and contractors"),
        new(Receivables, "Расчёты с покупателями", "Customers"),
        new(AdvancesReceived, "Авансы полученные", "Advances received"),
        new(VatPayable, "НДС", "VAT"),
        new(Capital, "Уставный капитал", "Capital"),
        new(Revenue, "Выручка", "Revenue"),
        new(CostOfSales, "Себестоимость продаж", "Cost of sales"),
        new(VatOnSales, "НДС с продаж", "VAT on sales"),
        new(OtherIncome, "Прочие доходы", "Other income"),
        new(OtherExpenses, "Прочие расходы", "Other expenses"),
        new(Profit, "Прибыли и убытки", "Profit and loss"),
    ];

    private static readonly Dictionary<string, Account> ByCode = Chart.ToDictionary(a => a.Code);

    public static bool Exists(string code) => ByCode.ContainsKey(code);

    public static Account Get(string code) => ByCode[code];

    /// <summary>Cash desks and bank accounts: the accounts whose postings name one of our <see cref="Money.MoneyAccount"/>s.</summary>
    public static bool IsMoney(string code) => code is Cash or Bank;
}

/// <summary>An account of the chart, with its name in both languages.</summary>
public sealed record Account(string Code, string NameRu, string NameEn)
{
    public string Name => Suite.Framework.Localization.Text.Pick(NameRu, NameEn);
}
