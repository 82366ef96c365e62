using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Suite.Finance.Data;
using Suite.Finance.Domain.Invoices;
using Suite.Finance.Domain.Ledger;
using Suite.Finance.Domain.Money;
using Suite.Framework.Domain;
using Suite.TestBase;
using Xunit;

namespace Suite.Finance.Tests;

/// <summary>The ledger's rules in code: a line debits one account and credits another by whole kopecks; a reversal undoes an entry exactly.</summary>
public sealed class JournalEntryTests
{
    private static JournalEntry Entry() => new("test", Guid.NewGuid(), new DateOnly(2026, 3, 1), "test");

    [Theory]
    [InlineData("62.01", "62.01", "100.00")]
    [InlineData("62.01", "90.01", "100.005")]
    [InlineData("62.01", "90.99", "100.00")]
    [InlineData("63", "90.01", "100.00")]
    public void Should_Refuse_A_Line_That_Is_Not_A_Balanced_Posting_Of_Kopecks(string debit, string credit, string amount) =>
        Should.Throw<BusinessRuleException>(() => Entry().Add(debit, credit, decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)))
            .Code.ShouldBe(JournalEntry.Unbalanced);

    [Fact]
    public void Should_Refuse_Money_Without_Its_Cash_Desk_Or_Bank_Account() =>
        Should.Throw<InvalidOperationException>(() => Entry().Add(Accounts.Bank, Accounts.Receivables, 10m));

    [Fact]
    public void Should_Leave_Out_A_Zero_Line_And_Reverse_Every_Line_With_The_Opposite_Sign()
    {
        var entry = Entry()
            .Add(Accounts.Receivables, Accounts.Revenue, 1_220m, new PostingAnalytics(CompanyId: Guid.NewGuid()))
            .Add(Accounts.VatOnSales, Accounts.VatPayable, 220m)
            .Add(Accounts.VatOnSales, Accounts.VatPayable, 0m);
        entry.Postings.Count.ShouldBe(2);

        var reversal = entry.Reverse("test.reversed", new DateOnly(2026, 3, 5), "reversal");

        reversal.ReversesEntryId.ShouldBe(entry.Id);
        entry.ReversedByEntryId.ShouldBe(reversal.Id);
        reversal.Postings.Select(p => (p.DebitAccount, p.CreditAccount, p.Amount, p.Date))
            .ShouldBe([(Accounts.Receivables, Accounts.Revenue, -1_220m, new DateOnly(2026, 3, 5)), (Accounts.VatOnSales, Accounts.VatPayable, -220m, new DateOnly(2026, 3, 5))]);
        reversal.Postings[0].CompanyId.ShouldBe(entry.Postings[0].CompanyId);
        Should.Throw<InvalidOperationException>(() => entry.Reverse("again", new DateOnly(2026, 3, 6), "again"));
    }
}

/// <summary>The last line of defence: whatever the code does, the database refuses a one-sided or empty ledger line, an overpaid invoice and a cash desk below zero.</summary>
public abstract class LedgerConstraintTests(SuiteHost host)
{
    [Theory]
    [InlineData("'51'", "'51'", "10")]
    [InlineData("'62.01'", "'90.01'", "0")]
    public async Task Should_Refuse_A_Ledger_Line_That_Debits_And_Credits_The_Same_Account_Or_Nothing(string debit, string credit, string amount)
    {
        await host.AdminAsync();
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FinanceDbContext>();
        var entryId = Guid.NewGuid();
        await db.Database.ExecuteSqlRawAsync(
            $"INSERT INTO {Table<JournalEntry>(db)} (\"Id\", \"Operation\", \"SourceId\", \"Date\", \"Description\", \"PostedAt\") " +
            "VALUES ({0}, 'test', {1}, {2}, 'test', {3})", entryId, Guid.NewGuid(), new DateOnly(2026, 1, 1), DateTimeOffset.UtcNow);

#pragma warning disable EF1002 // the values come from the test's own table, not from input
        var insert = () => db.Database.ExecuteSqlRawAsync(
            $"INSERT INTO {Table<Posting>(db)} (\"Id\", \"EntryId\", \"Date\", \"DebitAccount\", \"CreditAccount\", \"Amount\") " +
            $"VALUES ({{0}}, {{1}}, {{2}}, {debit}, {credit}, {amount})", Guid.NewGuid(), entryId, new DateOnly(2026, 1, 1));
#pragma warning restore EF1002

        (await Should.ThrowAsync<Exception>(insert)).Message.ShouldContain("check", Case.Insensitive);
    }

    [Fact]
    public async Task Should_Refuse_To_Store_An_Invoice_Paid_Beyond_Its_Total_Or_A_Cash_Desk_Below_Zero()
    {
        var admin = await host.AdminAsync();
        var cash = await FinanceApi.CashDeskAsync(admin);
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FinanceDbContext>();
        var invoice = new Invoice(Guid.NewGuid(), null, Guid.NewGuid());
        invoice.Draft(invoice.CompanyId, null, invoice.OwnerId, new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 6), false, null,
            [new InvoiceLine(1, null, "Окно", "шт", 1, 100m, 22m, false)]);
        db.Invoices.Add(invoice);
        await db.SaveChangesAsync();

#pragma warning disable EF1002 // the names come from the model
        var overpay = () => db.Database.ExecuteSqlRawAsync($"UPDATE {Table<Invoice>(db)} SET \"AmountPaid\" = \"Total\" + 0.01 WHERE \"Id\" = {{0}}", invoice.Id);
        var overdraw = () => db.Database.ExecuteSqlRawAsync($"UPDATE {Table<MoneyAccount>(db)} SET \"Balance\" = -0.01 WHERE \"Id\" = {{0}}", cash);
#pragma warning restore EF1002

        (await Should.ThrowAsync<Exception>(overpay)).Message.ShouldContain("check", Case.Insensitive);
        (await Should.ThrowAsync<Exception>(overdraw)).Message.ShouldContain("check", Case.Insensitive);
    }

    private static string Table<T>(FinanceDbContext db)
    {
        var table = db.Model.FindEntityType(typeof(T))!;
        return table.GetSchema() is { } schema ? $"\"{schema}\".\"{table.GetTableName()}\"" : $"\"{table.GetTableName()}\"";
    }
}

public sealed class LedgerConstraintTestsOnSqlite(SqliteHost host) : LedgerConstraintTests(host), IClassFixture<SqliteHost>;

public sealed class LedgerConstraintTestsOnPostgreSql(PostgreSqlHost host) : LedgerConstraintTests(host), IClassFixture<PostgreSqlHost>;
