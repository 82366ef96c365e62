using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Suite.Finance.Application.Payments;
using Suite.Finance.Application.Settings;
using Suite.Finance.Data;
using Suite.Finance.Domain.BankStatements;
using Suite.Finance.Domain.Money;
using Suite.Finance.Domain.Payments;
using Suite.Framework.Domain;
using Suite.Framework.Localization;

namespace Suite.Finance.Application.BankStatements;

/// <summary>
/// Imports a bank statement of one of our bank accounts: checks that its figures add up, adds the documents not seen
/// before as lines, and turns the incoming ones that clearly pay open invoices into payments at once; the rest wait for
/// review. All in one transaction: a statement is imported whole or not at all.
/// </summary>
internal sealed class BankStatementImport(
    FinanceDbContext db, IEnumerable<IBankStatementParser> parsers, InvoiceMatcher matcher, PaymentService payments,
    FinanceSettingsReader settings, BankStatementReview review)
{
    public const int MaxFileBytes = 10 * 1024 * 1024;

    public async Task<ImportResultDto> ImportAsync(IFormFile? file, Guid? accountId, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
            throw InputValidationException.For("file", Text.Pick("Приложите файл выписки.", "Attach the statement file."));
        if (file.Length > MaxFileBytes)
            throw InputValidationException.For("file", Text.Pick("Файл выписки — не больше 10 МБ.", "A statement file is 10 MB at most."));
        var account = await db.MoneyAccounts.SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken);
        if (account is null || account.Kind != MoneyAccountKind.Bank || account.AccountNumber is null || account.IsArchived)
            throw InputValidationException.For("accountId", Text.Pick(
                "Укажите действующий расчётный счёт с номером.", "Choose an open bank account with an account number."));

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var content = buffer.ToArray();
        var parser = parsers.FirstOrDefault(p => p.CanRead(content))
                     ?? throw InputValidationException.For("file", Text.Pick(
                         "Формат файла не распознан: нужна выписка 1CClientBankExchange.", "Unknown file format: a 1CClientBankExchange statement is expected."));
        var statementFile = parser.Parse(content);
        if (statementFile.AccountNumber is { } number && number != account.AccountNumber)
            throw InputValidationException.For("file", Text.Pick(
                $"Выписка по счёту {number}, а выбран счёт {account.AccountNumber}.", $"The statement is of account {number}, not {account.AccountNumber}."));
        var documents = statementFile.Documents.Select(d => (Document: d, Direction: DirectionOf(d, account.AccountNumber))).ToList();
        EnsureAddsUp(statementFile.Balances, documents);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var statement = new BankStatement(account.Id, file.FileName, statementFile);
        db.BankStatements.Add(statement);
        var lines = documents.Select(d => new BankStatementLine(statement.Id, account.Id, d.Document, d.Direction)).ToList();
        var known = await KnownAsync(account.Id, lines, cancellationToken);
        var added = new List<BankStatementLine>();
        foreach (var line in lines)
            if (known.Add(Identity(line)))
                added.Add(line);
        db.BankStatementLines.AddRange(added);
        await db.SaveChangesAsync(cancellationToken);

        var matched = 0;
        var lockDate = await settings.LockDateAsync(cancellationToken);
        foreach (var line in added.Where(l => l.Direction == PaymentDirection.Incoming && (lockDate is null || l.Date > lockDate)))
        {
            if (await matcher.MatchAsync(line, cancellationToken) is not { } match)
                continue;
            var payment = await payments.PostAsync(new PaymentDraft(line.Date, PaymentDirection.Incoming, account.Id, line.Amount, match.CompanyId,
                line.Purpose, null, match.Allocations, PaymentSource.Statement), cancellationToken);
            line.Settle(payment.Id, BankStatementLineStatus.Matched);
            matched++;
            // Saved one by one: the next match reads what is due after this one, and the books read the balance it left.
            await db.SaveChangesAsync(cancellationToken);
        }

        statement.Count(added.Count, lines.Count - added.Count, matched);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var waiting = await review.ToDtosAsync(added.Where(l => l.Status == BankStatementLineStatus.Unmatched).ToList(), cancellationToken);
        return new ImportResultDto(statement.Id, added.Count, lines.Count - added.Count, matched, waiting);
    }

    /// <summary>Incoming when the money reached our account, outgoing when it left it; a document of other accounts is refused.</summary>
    private static PaymentDirection DirectionOf(StatementDocument document, string ourAccount) =>
        document.RecipientAccount == ourAccount && document.PayerAccount != ourAccount ? PaymentDirection.Incoming
        : document.PayerAccount == ourAccount ? PaymentDirection.Outgoing
        : throw InputValidationException.For("file", Text.Pick(
            $"Документ № {document.Number} от {document.Date:dd.MM.yyyy} не касается счёта {ourAccount}.",
            $"Document {document.Number} of {document.Date:yyyy-MM-dd} does not concern account {ourAccount}."));

    private static void EnsureAddsUp(StatementBalances? balances, List<(StatementDocument Document, PaymentDirection Direction)> documents)
    {
        if (balances is null)
            return;
        var (opening, received, debited, closing) = (balances.Opening, balances.Received, balances.Debited, balances.Closing);
        if (opening + received - debited != closing)
            throw new StatementDoesNotAddUpException(Text.Pick(
                    $"Остатки выписки не сходятся: {opening:0.00} + {received:0.00} − {debited:0.00} = {opening + received - debited:0.00}, а конечный остаток {closing:0.00}.",
                    $"The statement's balances do not add up: {opening:0.00} + {received:0.00} − {debited:0.00} = {opening + received - debited:0.00}, but the closing balance is {closing:0.00}."),
                new Dictionary<string, object?>
                {
                    ["openingBalance"] = opening, ["totalReceived"] = received, ["totalDebited"] = debited, ["closingBalance"] = closing,
                    ["expectedClosingBalance"] = opening + received - debited,
                });
        var documentsIn = documents.Where(d => d.Direction == PaymentDirection.Incoming).Sum(d => d.Document.Amount);
        var documentsOut = documents.Where(d => d.Direction == PaymentDirection.Outgoing).Sum(d => d.Document.Amount);
        if (documentsIn != received || documentsOut != debited)
            throw new StatementDoesNotAddUpException(Text.Pick(
                    $"Документы выписки не сходятся с итогами: поступило по документам {documentsIn:0.00} (в итогах {received:0.00}), списано {documentsOut:0.00} (в итогах {debited:0.00}).",
                    $"The documents do not add up to the totals: received {documentsIn:0.00} (totals say {received:0.00}), debited {documentsOut:0.00} (totals say {debited:0.00})."),
                new Dictionary<string, object?>
                {
                    ["totalReceived"] = received, ["documentsReceived"] = documentsIn, ["totalDebited"] = debited, ["documentsDebited"] = documentsOut,
                });
    }

    /// <summary>The identities of the account's lines already imported over the statement's days.</summary>
    private async Task<HashSet<string>> KnownAsync(Guid accountId, List<BankStatementLine> lines, CancellationToken cancellationToken)
    {
        if (lines.Count == 0)
            return [];
        var (first, last) = (lines.Min(l => l.Date), lines.Max(l => l.Date));
        var existing = await db.BankStatementLines.AsNoTracking()
            .Where(l => l.AccountId == accountId && l.Date >= first && l.Date <= last)
            .ToListAsync(cancellationToken);
        return existing.Select(Identity).ToHashSet();
    }

    private static string Identity(BankStatementLine line) =>
        $"{line.Date:yyyy-MM-dd}|{line.Number}|{line.Amount:0.00}|{line.Direction}|{line.CounterpartyKey}";
}
