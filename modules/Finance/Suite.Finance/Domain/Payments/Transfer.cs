using Suite.Framework.Domain;

namespace Suite.Finance.Domain.Payments;

/// <summary>
/// Money moved between two of our own accounts (cash to bank, bank to bank) on one day. Neither income nor expense:
/// it posts through 57 "transfers in transit" so each side names its own account.
/// </summary>
public sealed class Transfer : AuditedEntity
{
    /// <summary>The numbering series of transfers (ПЕР-2026-000001), restarting each year; invoices may not use it.</summary>
    public const string NumberPrefix = "ПЕР";

    private Transfer()
    {
        Number = null!;
    }

    public Transfer(string number, DateOnly date, Guid fromAccountId, Guid toAccountId, decimal amount, string? purpose)
    {
        Number = number;
        Date = date;
        FromAccountId = fromAccountId;
        ToAccountId = toAccountId;
        Amount = amount;
        Purpose = purpose;
    }

    public string Number { get; private set; }
    public DateOnly Date { get; private set; }
    public Guid FromAccountId { get; private set; }
    public Guid ToAccountId { get; private set; }
    public decimal Amount { get; private set; }
    public string? Purpose { get; private set; }
}
