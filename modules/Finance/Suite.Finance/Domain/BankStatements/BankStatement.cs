using Suite.Framework.Domain;

namespace Suite.Finance.Domain.BankStatements;

/// <summary>
/// One imported bank statement file (выписка) of one of our bank accounts: its period and balances as the bank stated
/// them, and what the import did with its documents.
/// </summary>
public sealed class BankStatement : AuditedEntity
{
    private BankStatement()
    {
        FileName = null!;
        Format = null!;
        Encoding = null!;
    }

    public BankStatement(Guid accountId, string fileName, StatementFile file)
    {
        AccountId = accountId;
        FileName = fileName.Length > 200 ? fileName[..200] : fileName;
        Format = file.Format;
        Encoding = file.Encoding;
        PeriodFrom = file.PeriodFrom;
        PeriodTo = file.PeriodTo;
        OpeningBalance = file.Balances?.Opening;
        TotalReceived = file.Balances?.Received;
        TotalDebited = file.Balances?.Debited;
        ClosingBalance = file.Balances?.Closing;
    }

    public Guid AccountId { get; private set; }
    public string FileName { get; private set; }

    /// <summary>"1CClientBankExchange 1.03".</summary>
    public string Format { get; private set; }

    /// <summary>The code page the file was read in: "windows-1251", "utf-8" or "cp866".</summary>
    public string Encoding { get; private set; }

    public DateOnly? PeriodFrom { get; private set; }
    public DateOnly? PeriodTo { get; private set; }
    public decimal? OpeningBalance { get; private set; }
    public decimal? TotalReceived { get; private set; }
    public decimal? TotalDebited { get; private set; }
    public decimal? ClosingBalance { get; private set; }

    /// <summary>Documents new to the books.</summary>
    public int Imported { get; private set; }

    /// <summary>Documents an earlier import already brought in.</summary>
    public int Duplicates { get; private set; }

    /// <summary>New incoming documents that became payments applied to invoices at once.</summary>
    public int Matched { get; private set; }

    public void Count(int imported, int duplicates, int matched)
    {
        Imported = imported;
        Duplicates = duplicates;
        Matched = matched;
    }
}
