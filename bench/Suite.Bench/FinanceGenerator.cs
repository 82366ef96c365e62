using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace Suite.Bench;

/// <summary>
/// Writes Finance's books straight into the finance schema with binary COPY: a year of ledger entries (invoices issued
/// with their VAT, payments, shipments' cost, expenses by article) and a receivables book of open invoices. Posting a
/// million lines through the API would take hours and is not what is measured. Fixed seeds; every column the
/// entities map is filled the way the code fills it.
/// </summary>
internal static class FinanceGenerator
{
    private const string EntryColumns =
        "\"Id\", \"Operation\", \"SourceId\", \"Date\", \"Description\", \"PostedAt\", \"PostedBy\", \"ReversesEntryId\", \"ReversedByEntryId\"";

    private const string PostingColumns =
        "\"Id\", \"EntryId\", \"Date\", \"DebitAccount\", \"CreditAccount\", \"Amount\", \"CompanyId\", \"InvoiceId\", " +
        "\"DebitMoneyAccountId\", \"CreditMoneyAccountId\", \"ArticleId\"";

    private const string CustomerColumns =
        "\"Id\", \"Name\", \"TaxId\", \"Kpp\", \"Address\", \"IsDeleted\", \"ChangedAt\", \"SearchText\", \"OwnerId\"";

    private const string InvoiceColumns =
        "\"Id\", \"Number\", \"Status\", \"CompanyId\", \"DealId\", \"OwnerId\", \"IssueDate\", \"DueDate\", \"Currency\", " +
        "\"PricesIncludeVat\", \"Comment\", \"TotalNet\", \"TotalVat\", \"Total\", \"AmountPaid\", \"BuyerName\", \"BuyerTaxId\", " +
        "\"BuyerKpp\", \"BuyerAddress\", \"IssuedAt\", \"PaidOn\", \"CancelledOn\", \"OverdueNotifiedAt\", " +
        "\"CreatedAt\", \"CreatedBy\", \"ModifiedAt\", \"ModifiedBy\", \"ConcurrencyStamp\"";

    private const string PaymentColumns =
        "\"Id\", \"Number\", \"Date\", \"Direction\", \"AccountId\", \"Amount\", \"CompanyId\", \"Purpose\", \"ArticleId\", \"Status\", " +
        "\"Source\", \"Allocated\", \"CancelledOn\", \"CreatedAt\", \"CreatedBy\", \"ModifiedAt\", \"ModifiedBy\", \"ConcurrencyStamp\"";

    private const string AllocationColumns = "\"Id\", \"PaymentId\", \"InvoiceId\", \"CompanyId\", \"Date\", \"Amount\", \"CancelledOn\"";

    /// <summary>Ledger accounts as Suite posts them (Domain/Ledger/Accounts.cs).</summary>
    private const string Receivables = "62.01", Revenue = "90.01", VatOnSales = "90.03", VatPayable = "68.02", CostOfSales = "90.02",
        Goods = "41", Bank = "51";

    /// <summary>
    /// About <paramref name="lines"/> ledger lines over the days of <paramref name="year"/>: 40 % of the entries are invoices
    /// issued (two lines: the total and the VAT at 22 %), 30 % payments from clients, 20 % shipments' cost, 10 % expenses
    /// paid from the bank under one of <paramref name="expenseArticles"/> to 26 or 44.
    /// </summary>
    public static async Task<(long Entries, long Lines)> InsertLedgerAsync(NpgsqlDataSource database, int lines, int year, Guid bankAccount,
        IReadOnlyList<(Guid Id, string Account)> expenseArticles, int customers, int seed)
    {
        var random = new Random(seed);
        var companies = Enumerable.Range(0, customers).Select(i => Guid.CreateVersion7()).ToArray();
        var days = DateTime.IsLeapYear(year) ? 366 : 365;
        var start = new DateOnly(year, 1, 1);
        long entries = 0, written = 0;
        await using var connection = await database.OpenConnectionAsync();
        // Entries first (the lines reference them), in the same order, from the same seed.
        var plan = new List<(Guid Entry, string Operation, DateOnly Date, int Kind)>(lines);
        for (var count = 0; count < lines;)
        {
            var kind = random.Next(10) switch { < 4 => 0, < 7 => 1, < 9 => 2, _ => 3 };
            plan.Add((Guid.CreateVersion7(), Operations[kind], start.AddDays(random.Next(days)), kind));
            count += kind == 0 ? 2 : 1;
        }

        await using (var writer = await connection.BeginBinaryImportAsync($"COPY finance.\"FinanceJournalEntries\" ({EntryColumns}) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (entry, operation, date, _) in plan)
            {
                writer.StartRow();
                writer.Write(entry, NpgsqlDbType.Uuid);
                writer.Write(operation, NpgsqlDbType.Varchar);
                writer.Write(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                writer.Write(date, NpgsqlDbType.Date);
                writer.Write("bench", NpgsqlDbType.Varchar);
                writer.Write(new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), NpgsqlDbType.TimestampTz);
                writer.WriteNull();
                writer.WriteNull();
                writer.WriteNull();
                entries++;
            }

            await writer.CompleteAsync();
        }

        await using (var writer = await connection.BeginBinaryImportAsync($"COPY finance.\"FinancePostings\" ({PostingColumns}) FROM STDIN (FORMAT BINARY)"))
        {
            void Line(Guid entry, DateOnly date, string debit, string credit, decimal amount, Guid? company, Guid? invoice, Guid? debitMoney,
                Guid? creditMoney, Guid? article)
            {
                writer.StartRow();
                writer.Write(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                writer.Write(entry, NpgsqlDbType.Uuid);
                writer.Write(date, NpgsqlDbType.Date);
                writer.Write(debit, NpgsqlDbType.Varchar);
                writer.Write(credit, NpgsqlDbType.Varchar);
                writer.Write(amount, NpgsqlDbType.Numeric);
                foreach (var id in new[] { company, invoice, debitMoney, creditMoney, article })
                    if (id is { } value)
                        writer.Write(value, NpgsqlDbType.Uuid);
                    else
                        writer.WriteNull();
                written++;
            }

            foreach (var (entry, _, date, kind) in plan)
            {
                var company = companies[random.Next(companies.Length)];
                var net = Math.Round((decimal)(1_000 + random.NextDouble() * 200_000), 2);
                switch (kind)
                {
                    case 0:
                        var vat = Math.Round(net * 0.22m, 2, MidpointRounding.AwayFromZero);
                        var invoice = Guid.CreateVersion7();
                        Line(entry, date, Receivables, Revenue, net + vat, company, invoice, null, null, null);
                        Line(entry, date, VatOnSales, VatPayable, vat, company, invoice, null, null, null);
                        break;
                    case 1:
                        Line(entry, date, Bank, Receivables, net, company, Guid.CreateVersion7(), bankAccount, null, null);
                        break;
                    case 2:
                        Line(entry, date, CostOfSales, Goods, Math.Round(net * 0.6m, 2), company, null, null, null, null);
                        break;
                    default:
                        var (article, account) = expenseArticles[random.Next(expenseArticles.Count)];
                        Line(entry, date, account, Bank, Math.Round(net / 4, 2), null, null, null, bankAccount, article);
                        break;
                }
            }

            await writer.CompleteAsync();
        }

        // The daily turnovers Finance keeps beside its lines (what the P&L reads), added up as the host would have.
        await using (var totals = new NpgsqlCommand(FinanceSql.TurnoversFromLines, connection))
        {
            totals.Parameters.AddWithValue(start);
            totals.Parameters.AddWithValue(start.AddYears(1));
            await totals.ExecuteNonQueryAsync();
        }

        // And the bank account's balance, which Finance keeps over all its lines (the cash flow's opening starts from it).
        await using (var balance = new NpgsqlCommand("""
                         UPDATE finance."FinanceMoneyAccounts" AS a SET "Balance" = a."Balance"
                           + (SELECT coalesce(sum(p."Amount") FILTER (WHERE p."DebitMoneyAccountId" = a."Id"), 0)
                                   - coalesce(sum(p."Amount") FILTER (WHERE p."CreditMoneyAccountId" = a."Id"), 0)
                              FROM finance."FinancePostings" AS p
                              WHERE p."DebitMoneyAccountId" = a."Id" OR p."CreditMoneyAccountId" = a."Id")
                         WHERE a."Id" = $1
                         """, connection))
        {
            balance.Parameters.AddWithValue(bankAccount);
            await balance.ExecuteNonQueryAsync();
        }

        return (entries, written);
    }

    private static readonly string[] Operations = ["invoice.issued", "payment", "stock.shipment", "payment"];

    /// <summary>
    /// <paramref name="count"/> open invoices of <paramref name="customers"/> new customers owned by <paramref name="owner"/>,
    /// issued over the 200 days before <paramref name="asOf"/> with due dates 5–30 days later, so every aging bucket
    /// has some; 30 % partly paid by one allocation. Overdue ones are marked as already announced, so the overdue job
    /// stays quiet during the measurement. Each part-payment is a client's payment into <paramref name="bankAccount"/> under
    /// <paramref name="customerPayments"/>, wholly allocated to its invoice.
    /// </summary>
    public static async Task<Guid[]> InsertReceivablesAsync(NpgsqlDataSource database, int count, int customers, Guid owner, DateOnly asOf,
        Guid bankAccount, Guid customerPayments, int seed)
    {
        var random = new Random(seed);
        var now = DateTimeOffset.UtcNow;
        var companies = new Guid[customers];
        await using var connection = await database.OpenConnectionAsync();
        await using (var writer = await connection.BeginBinaryImportAsync($"COPY finance.\"FinanceCustomers\" ({CustomerColumns}) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < customers; i++)
            {
                var name = $"ООО «Клиент {i + 1:D5}»";
                writer.StartRow();
                writer.Write(companies[i] = Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                writer.Write(name, NpgsqlDbType.Varchar);
                writer.WriteNull();
                writer.WriteNull();
                writer.WriteNull();
                writer.Write(false, NpgsqlDbType.Boolean);
                writer.Write(now, NpgsqlDbType.TimestampTz);
                writer.Write(name.ToLowerInvariant(), NpgsqlDbType.Varchar);
                writer.Write(owner, NpgsqlDbType.Uuid);
            }

            await writer.CompleteAsync();
        }

        var allocations = new List<(Guid Invoice, Guid Company, DateOnly Date, decimal Amount)>();
        await using (var writer = await connection.BeginBinaryImportAsync($"COPY finance.\"FinanceInvoices\" ({InvoiceColumns}) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < count; i++)
            {
                var id = Guid.CreateVersion7();
                var company = companies[random.Next(customers)];
                var issued = asOf.AddDays(-random.Next(200));
                var due = issued.AddDays(5 + random.Next(26));
                var net = Math.Round((decimal)(1_000 + random.NextDouble() * 100_000), 2);
                var vat = Math.Round(net * 0.22m, 2, MidpointRounding.AwayFromZero);
                var total = net + vat;
                var paid = random.NextDouble() < 0.3 ? Math.Round(total * (decimal)(0.1 + random.NextDouble() * 0.8), 2) : 0m;
                if (paid > 0)
                    allocations.Add((id, company, issued.AddDays(random.Next(0, Math.Max(1, asOf.DayNumber - issued.DayNumber))), paid));
                writer.StartRow();
                writer.Write(id, NpgsqlDbType.Uuid);
                writer.Write($"БЕНЧ-{issued.Year}-{i + 1:D6}", NpgsqlDbType.Varchar);
                writer.Write(paid > 0 ? "PartiallyPaid" : "Issued", NpgsqlDbType.Varchar);
                writer.Write(company, NpgsqlDbType.Uuid);
                writer.WriteNull();
                writer.Write(owner, NpgsqlDbType.Uuid);
                writer.Write(issued, NpgsqlDbType.Date);
                writer.Write(due, NpgsqlDbType.Date);
                writer.Write("RUB", NpgsqlDbType.Varchar);
                writer.Write(false, NpgsqlDbType.Boolean);
                writer.WriteNull();
                writer.Write(net, NpgsqlDbType.Numeric);
                writer.Write(vat, NpgsqlDbType.Numeric);
                writer.Write(total, NpgsqlDbType.Numeric);
                writer.Write(paid, NpgsqlDbType.Numeric);
                writer.Write("ООО «Клиент»", NpgsqlDbType.Varchar);
                writer.WriteNull();
                writer.WriteNull();
                writer.WriteNull();
                writer.Write(now, NpgsqlDbType.TimestampTz);
                writer.WriteNull();
                writer.WriteNull();
                writer.Write(now, NpgsqlDbType.TimestampTz);
                writer.Write(now, NpgsqlDbType.TimestampTz);
                writer.WriteNull();
                writer.WriteNull();
                writer.WriteNull();
                writer.Write(Guid.NewGuid().ToString("N"), NpgsqlDbType.Varchar);
            }

            await writer.CompleteAsync();
        }

        var payments = allocations.Select(_ => Guid.CreateVersion7()).ToArray();
        await using (var writer = await connection.BeginBinaryImportAsync($"COPY finance.\"FinancePayments\" ({PaymentColumns}) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < allocations.Count; i++)
            {
                var (_, company, date, amount) = allocations[i];
                writer.StartRow();
                writer.Write(payments[i], NpgsqlDbType.Uuid);
                writer.Write($"БЕНЧ-ПП-{i + 1:D6}", NpgsqlDbType.Varchar);
                writer.Write(date, NpgsqlDbType.Date);
                writer.Write("Incoming", NpgsqlDbType.Varchar);
                writer.Write(bankAccount, NpgsqlDbType.Uuid);
                writer.Write(amount, NpgsqlDbType.Numeric);
                writer.Write(company, NpgsqlDbType.Uuid);
                writer.Write("Оплата по счёту", NpgsqlDbType.Varchar);
                writer.Write(customerPayments, NpgsqlDbType.Uuid);
                writer.Write("Posted", NpgsqlDbType.Varchar);
                writer.Write("Manual", NpgsqlDbType.Varchar);
                writer.Write(amount, NpgsqlDbType.Numeric);
                writer.WriteNull();
                writer.Write(now, NpgsqlDbType.TimestampTz);
                writer.WriteNull();
                writer.WriteNull();
                writer.WriteNull();
                writer.Write(Guid.NewGuid().ToString("N"), NpgsqlDbType.Varchar);
            }

            await writer.CompleteAsync();
        }

        await using (var writer = await connection.BeginBinaryImportAsync($"COPY finance.\"FinancePaymentAllocations\" ({AllocationColumns}) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < allocations.Count; i++)
            {
                var (invoice, company, date, amount) = allocations[i];
                writer.StartRow();
                writer.Write(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                writer.Write(payments[i], NpgsqlDbType.Uuid);
                writer.Write(invoice, NpgsqlDbType.Uuid);
                writer.Write(company, NpgsqlDbType.Uuid);
                writer.Write(date, NpgsqlDbType.Date);
                writer.Write(amount, NpgsqlDbType.Numeric);
                writer.WriteNull();
            }

            await writer.CompleteAsync();
        }

        return companies;
    }

    public static string Seconds(Stopwatch watch) => StockGenerator.Seconds(watch);
}
