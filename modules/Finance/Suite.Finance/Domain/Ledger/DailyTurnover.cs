namespace Suite.Finance.Domain.Ledger;

/// <summary>
/// The ledger's lines added up per day, account and article (итоги): what the profit and loss report reads, so a year
/// costs a few thousand rows instead of every line. Kept in the transaction that posts the lines (see
/// <c>Data/DailyTurnovers.cs</c>); the lines stay the record, and the ledger property test holds the two equal.
/// </summary>
public sealed class DailyTurnover
{
    /// <summary>Stands for "no article" in the key, where a null would not match itself.</summary>
    public static readonly Guid NoArticle = Guid.Empty;

    private DailyTurnover()
    {
        Account = null!;
    }

    internal DailyTurnover(DateOnly date, string account, Guid articleId, decimal debit, decimal credit)
    {
        Date = date;
        Account = account;
        ArticleId = articleId;
        Debit = debit;
        Credit = credit;
    }

    public DateOnly Date { get; private set; }
    public string Account { get; private set; }
    public Guid ArticleId { get; private set; }

    /// <summary>The day's lines debiting the account (reversals subtract).</summary>
    public decimal Debit { get; private set; }

    /// <summary>The day's lines crediting the account (reversals subtract).</summary>
    public decimal Credit { get; private set; }
}
