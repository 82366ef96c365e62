using Suite.Finance.Domain.Payments;
using Suite.Framework.Domain;
using Suite.Framework.Localization;

namespace Suite.Finance.Domain.BankStatements;

/// <summary>
/// A payment document of a bank statement. It waits (<see cref="BankStatementLineStatus.Unmatched"/>) until it becomes a
/// <see cref="Payment"/>: at import when it clearly pays open invoices, or when the accountant matches it to invoices or
/// gives it an article. Its identity (account, date, number, amount, direction, counterparty) is unique, so importing the
/// same statement again adds nothing.
/// </summary>
public sealed class BankStatementLine : AuditedEntity
{
    public const string Settled = "Finance.BankStatementLine.Settled";

    private BankStatementLine()
    {
        Number = null!;
        CounterpartyKey = null!;
    }

    public BankStatementLine(Guid statementId, Guid accountId, StatementDocument document, PaymentDirection direction)
    {
        StatementId = statementId;
        AccountId = accountId;
        Date = (direction == PaymentDirection.Incoming ? document.CreditedOn : document.DebitedOn) ?? document.Date;
        Number = Cut(document.Number, 50)!;
        Direction = direction;
        Amount = document.Amount;
        PayerName = Cut(document.PayerName, 300);
        PayerTaxId = Cut(document.PayerTaxId, 12);
        PayerAccount = Cut(document.PayerAccount, 20);
        RecipientName = Cut(document.RecipientName, 300);
        RecipientTaxId = Cut(document.RecipientTaxId, 12);
        RecipientAccount = Cut(document.RecipientAccount, 20);
        Purpose = Cut(document.Purpose, 1000);
        CounterpartyKey = direction == PaymentDirection.Incoming ? $"{PayerAccount}/{PayerTaxId}" : $"{RecipientAccount}/{RecipientTaxId}";
    }

    public Guid StatementId { get; private set; }
    public Guid AccountId { get; private set; }

    /// <summary>The day the money was credited or debited (ДатаПоступило/ДатаСписано, else the document's date).</summary>
    public DateOnly Date { get; private set; }

    public string Number { get; private set; }
    public PaymentDirection Direction { get; private set; }
    public decimal Amount { get; private set; }
    public string? PayerName { get; private set; }
    public string? PayerTaxId { get; private set; }
    public string? PayerAccount { get; private set; }
    public string? RecipientName { get; private set; }
    public string? RecipientTaxId { get; private set; }
    public string? RecipientAccount { get; private set; }
    public string? Purpose { get; private set; }

    /// <summary>The other side's account number and ИНН, part of the line's identity.</summary>
    public string CounterpartyKey { get; private set; }

    public BankStatementLineStatus Status { get; private set; }

    /// <summary>The payment the line became.</summary>
    public Guid? PaymentId { get; private set; }

    /// <summary>The other side: the payer of an incoming line, the recipient of an outgoing one.</summary>
    public string? CounterpartyTaxId => Direction == PaymentDirection.Incoming ? PayerTaxId : RecipientTaxId;

    public void Settle(Guid paymentId, BankStatementLineStatus status)
    {
        EnsureUnmatched();
        PaymentId = paymentId;
        Status = status;
    }

    public void EnsureUnmatched()
    {
        if (Status != BankStatementLineStatus.Unmatched)
            throw new BusinessRuleException(Settled, Text.Pick(
                $"Строка выписки № {Number} от {Date:dd.MM.yyyy} уже разнесена.",
                $"Statement line {Number} of {Date:yyyy-MM-dd} is already settled."));
    }

    /// <summary>Its payment was cancelled: the line waits again.</summary>
    public void Reopen()
    {
        PaymentId = null;
        Status = BankStatementLineStatus.Unmatched;
    }

    private static string? Cut(string? value, int length) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Length > length ? value[..length] : value.Trim();
}

public enum BankStatementLineStatus
{
    /// <summary>Waits for the accountant.</summary>
    Unmatched,

    /// <summary>Became a payment applied to invoices (or a client's advance).</summary>
    Matched,

    /// <summary>Became a payment under the article the accountant chose.</summary>
    Assigned,
}
