using Suite.Framework.Domain;
using Suite.Framework.Localization;

namespace Suite.Finance.Domain.Ledger;

/// <summary>
/// The ledger lines of one business operation (an invoice issued, a payment, a stock document), posted in the same
/// transaction as the operation itself. Never edited or deleted: a correction is a <see cref="Reverse">reversal</see>.
/// </summary>
public sealed class JournalEntry : Entity
{
    public const string Unbalanced = "Finance.Ledger.Unbalanced";

    private readonly List<Posting> _postings = [];

    private JournalEntry()
    {
        Operation = null!;
        Description = null!;
    }

    /// <param name="operation">What happened, as a stable code ("invoice.issued", "payment", "stock.receipt").</param>
    /// <param name="sourceId">The record the operation is about (the invoice, the payment, the stock document).</param>
    public JournalEntry(string operation, Guid sourceId, DateOnly date, string description)
    {
        Operation = operation;
        SourceId = sourceId;
        Date = date;
        Description = description.Length > 500 ? description[..500] : description;
    }

    public string Operation { get; private set; }
    public Guid SourceId { get; private set; }
    public DateOnly Date { get; private set; }
    public string Description { get; private set; }
    public DateTimeOffset PostedAt { get; private set; }
    public Guid? PostedBy { get; private set; }

    /// <summary>The entry this one reverses, when it is a reversal.</summary>
    public Guid? ReversesEntryId { get; private set; }

    /// <summary>Set once a reversal has undone this entry; it cannot be reversed twice.</summary>
    public Guid? ReversedByEntryId { get; private set; }

    public IReadOnlyList<Posting> Postings => _postings;

    /// <summary>
    /// Adds a line. Refused unless both accounts are in the chart and differ, and the amount is a non-zero number of
    /// kopecks; a zero amount (a line without VAT) is simply left out.
    /// </summary>
    public JournalEntry Add(string debitAccount, string creditAccount, decimal amount, PostingAnalytics? analytics = null)
    {
        if (amount == 0)
            return this;
        if (!Accounts.Exists(debitAccount) || !Accounts.Exists(creditAccount) || debitAccount == creditAccount)
            throw new BusinessRuleException(Unbalanced, Text.Pick(
                $"Проводка Дт {debitAccount} Кт {creditAccount} невозможна: счета должны быть разными и из плана счетов.",
                $"A posting debit {debitAccount} credit {creditAccount} is not possible: the accounts must differ and be in the chart."));
        if (amount != Math.Round(amount, 2))
            throw new BusinessRuleException(Unbalanced, Text.Pick(
                $"Сумма проводки {amount} не округлена до копеек.", $"The posting amount {amount} is not in whole kopecks."));
        analytics ??= new PostingAnalytics();
        if (Accounts.IsMoney(debitAccount) != (analytics.DebitMoneyAccountId is not null)
            || Accounts.IsMoney(creditAccount) != (analytics.CreditMoneyAccountId is not null))
            throw new InvalidOperationException("A posting to 50 or 51 names the cash desk or bank account, and only such a posting does.");
        _postings.Add(new Posting(Id, Date, debitAccount, creditAccount, amount, analytics));
        return this;
    }

    internal void MarkPosted(DateTimeOffset at, Guid? by)
    {
        PostedAt = at;
        PostedBy = by;
    }

    /// <summary>The reversal (сторно) of this entry dated <paramref name="date"/>: every line again with the opposite sign.</summary>
    public JournalEntry Reverse(string operation, DateOnly date, string description) => ReverseBy(this, operation, date, description);

    /// <summary>
    /// The reversal of this entry by the lines of <paramref name="undone"/> with the opposite sign: what the operation
    /// undoes today may be worth other amounts than it was booked at (a FIFO receipt whose own layers were shipped since).
    /// </summary>
    public JournalEntry ReverseBy(JournalEntry undone, string operation, DateOnly date, string description)
    {
        if (ReversedByEntryId is not null)
            throw new InvalidOperationException($"Entry {Id} is already reversed.");
        var reversal = new JournalEntry(operation, SourceId, date, description) { ReversesEntryId = Id };
        reversal._postings.AddRange(undone._postings.Select(p => p.Negated(reversal.Id, date)));
        ReversedByEntryId = reversal.Id;
        return reversal;
    }
}
