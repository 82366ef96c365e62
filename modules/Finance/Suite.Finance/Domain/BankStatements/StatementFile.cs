namespace Suite.Finance.Domain.BankStatements;

/// <summary>What a parser read from a statement file, whatever its format.</summary>
public sealed record StatementFile(
    string Format, string Encoding, DateOnly? PeriodFrom, DateOnly? PeriodTo, string? AccountNumber, StatementBalances? Balances,
    IReadOnlyList<StatementDocument> Documents);

/// <summary>The balances the bank states for the period (СекцияРасчСчет).</summary>
public sealed record StatementBalances(decimal Opening, decimal Received, decimal Debited, decimal Closing);

/// <summary>
/// One payment document of the statement as the bank wrote it. <see cref="CreditedOn"/> and <see cref="DebitedOn"/> are
/// the days the money reached or left the account (ДатаПоступило, ДатаСписано), when the bank gives them.
/// </summary>
public sealed record StatementDocument(
    string Number, DateOnly Date, decimal Amount, string? PayerAccount, string? PayerTaxId, string? PayerName,
    string? RecipientAccount, string? RecipientTaxId, string? RecipientName, string? Purpose, DateOnly? CreditedOn, DateOnly? DebitedOn);
