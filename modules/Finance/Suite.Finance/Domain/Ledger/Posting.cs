using Suite.Framework.Domain;

namespace Suite.Finance.Domain.Ledger;

/// <summary>
/// One line of the ledger (проводка): <see cref="Amount"/> debited to one account and credited to another. Each line is
/// balanced by construction, so an entry made of them is too; a reversal (сторно) repeats the lines with negative
/// amounts, so turnovers net out instead of growing on both sides. Only ever appended.
/// </summary>
public sealed class Posting : Entity
{
    private Posting()
    {
        DebitAccount = null!;
        CreditAccount = null!;
    }

    internal Posting(Guid entryId, DateOnly date, string debitAccount, string creditAccount, decimal amount, PostingAnalytics analytics)
    {
        EntryId = entryId;
        Date = date;
        DebitAccount = debitAccount;
        CreditAccount = creditAccount;
        Amount = amount;
        CompanyId = analytics.CompanyId;
        InvoiceId = analytics.InvoiceId;
        DebitMoneyAccountId = analytics.DebitMoneyAccountId;
        CreditMoneyAccountId = analytics.CreditMoneyAccountId;
        ArticleId = analytics.ArticleId;
    }

    public Guid EntryId { get; private set; }

    /// <summary>The company day the operation belongs to (the entry's date).</summary>
    public DateOnly Date { get; private set; }

    public string DebitAccount { get; private set; }
    public string CreditAccount { get; private set; }

    /// <summary>In roubles and kopecks; negative only in a reversal.</summary>
    public decimal Amount { get; private set; }

    /// <summary>The client or supplier the line is about (62, 60), when there is one.</summary>
    public Guid? CompanyId { get; private set; }

    public Guid? InvoiceId { get; private set; }

    /// <summary>Which of our cash desks or bank accounts the debit side (50 or 51) is.</summary>
    public Guid? DebitMoneyAccountId { get; private set; }

    /// <summary>Which of our cash desks or bank accounts the credit side (50 or 51) is.</summary>
    public Guid? CreditMoneyAccountId { get; private set; }

    /// <summary>The income or expense article (статья) the line is reported under.</summary>
    public Guid? ArticleId { get; private set; }

    internal Posting Negated(Guid entryId, DateOnly date) =>
        new(entryId, date, DebitAccount, CreditAccount, -Amount,
            new PostingAnalytics(CompanyId, InvoiceId, DebitMoneyAccountId, CreditMoneyAccountId, ArticleId));
}

/// <summary>What a ledger line is about besides its accounts: the analytics reports group by.</summary>
public sealed record PostingAnalytics(
    Guid? CompanyId = null, Guid? InvoiceId = null, Guid? DebitMoneyAccountId = null, Guid? CreditMoneyAccountId = null,
    Guid? ArticleId = null);
