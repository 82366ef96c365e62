using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Shouldly;
using Suite.Finance.Domain.Invoices;
using Suite.TestBase;
using Xunit;
using static Suite.Finance.Tests.FinanceApi;
using static Suite.TestBase.ResponseJson;

namespace Suite.Finance.Tests;

/// <summary>Bank statements in 1CClientBankExchange as Russian banks export them, in their code pages, and the review of their lines.</summary>
public abstract class BankStatementTests(SuiteHost host)
{
    private const string SupplierAccount = "40702810900000000777";
    private const string SupplierTaxId = "7736207543";

    [Fact]
    public async Task Should_Import_A_Windows_1251_Statement_Pay_The_Invoice_It_Names_And_Leave_The_Rest_For_Review()
    {
        var admin = await host.AdminAsync();
        var ours = UniqueAccountNumber();
        var bank = await BankAccountAsync(admin, ours);
        var taxId = UniqueTaxId();
        var client = await ClientAsync(host, admin, taxId);
        var invoice = await IssuedInvoiceAsync(host, client, 12_000m);
        var strangerTaxId = UniqueTaxId();
        var text = Statement(ours, "Windows", opening: 1_000m,
            Incoming("101", 12_000m, "40702810100000000101", taxId, "ООО «Клиент»", ours, $"Оплата по счёту № {invoice.Number} от 01.11.2026, в т.ч. НДС"),
            Outgoing("55", 500m, ours, SupplierAccount, SupplierTaxId, "ПАО «Связь»", "Оплата услуг связи за ноябрь"),
            Incoming("102", 700m, "40702810100000000202", strangerTaxId, "ИП Сидоров", ours, "Возврат излишне перечисленных средств"));
        var file = Encode(text, 1251);

        var response = await ImportStatementAsync(admin, bank, file);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var result = await Json(response);
        result.GetProperty("imported").GetInt32().ShouldBe(3);
        result.GetProperty("duplicates").GetInt32().ShouldBe(0);
        result.GetProperty("matched").GetInt32().ShouldBe(1);
        var unmatched = result.GetProperty("unmatched").EnumerateArray().ToList();
        unmatched.Select(l => l.GetProperty("number").GetString()).ShouldBe(["55", "102"], ignoreOrder: true);
        unmatched.Single(l => l.GetProperty("number").GetString() == "55").GetProperty("recipientName").GetString().ShouldBe("ПАО «Связь»");
        unmatched.Single(l => l.GetProperty("number").GetString() == "55").GetProperty("direction").GetString().ShouldBe("outgoing");

        (await InvoiceStateAsync(host, invoice.Id)).ShouldBe((InvoiceStatus.Paid, 12_000m));
        var fromStatement = await Json(await admin.GetAsync($"/api/finance/payments?source=statement&accountId={bank}"));
        var payment = fromStatement.GetProperty("items").EnumerateArray().Single();
        payment.GetProperty("date").GetString().ShouldBe("2026-11-02");
        payment.GetProperty("companyId").GetGuid().ShouldBe(client);
        payment.GetProperty("allocations").EnumerateArray().Single().GetProperty("invoiceId").GetGuid().ShouldBe(invoice.Id);

        var statements = await Json(await admin.GetAsync($"/api/finance/bank-statements?accountId={bank}"));
        var statement = statements.GetProperty("items").EnumerateArray().Single();
        statement.GetProperty("encoding").GetString().ShouldBe("windows-1251");
        statement.GetProperty("closingBalance").GetDecimal().ShouldBe(13_200m);

        var again = await Json(await ImportStatementAsync(admin, bank, file));
        again.GetProperty("imported").GetInt32().ShouldBe(0);
        again.GetProperty("duplicates").GetInt32().ShouldBe(3);
        again.GetProperty("matched").GetInt32().ShouldBe(0);
        var waiting = await Json(await admin.GetAsync($"/api/finance/bank-statements/lines?accountId={bank}"));
        waiting.GetProperty("totalCount").GetInt64().ShouldBe(2);

        // The accountant gives the outgoing line an article and the stranger's money to other income.
        var phoneLine = unmatched.Single(l => l.GetProperty("number").GetString() == "55").GetProperty("id").GetGuid();
        var assigned = await admin.PostAsJsonAsync($"/api/finance/bank-statements/lines/{phoneLine}/assign",
            new { categoryId = await ArticleAsync(admin, "bank-fees") });
        assigned.StatusCode.ShouldBe(HttpStatusCode.OK, await assigned.Content.ReadAsStringAsync());
        var assignedLine = await Json(assigned);
        assignedLine.GetProperty("status").GetString().ShouldBe("assigned");
        var phonePayment = await Json(await admin.GetAsync($"/api/finance/payments/{assignedLine.GetProperty("paymentId").GetGuid()}"));
        phonePayment.GetProperty("direction").GetString().ShouldBe("outgoing");
        phonePayment.GetProperty("source").GetString().ShouldBe("statement");
        (await admin.PostAsJsonAsync($"/api/finance/bank-statements/lines/{phoneLine}/assign",
            new { categoryId = await ArticleAsync(admin, "bank-fees") })).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var refundLine = unmatched.Single(l => l.GetProperty("number").GetString() == "102").GetProperty("id").GetGuid();
        (await admin.PostAsJsonAsync($"/api/finance/bank-statements/lines/{refundLine}/assign",
            new { categoryId = await ArticleAsync(admin, "other-income") })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Json(await admin.GetAsync($"/api/finance/bank-statements/lines?accountId={bank}"))).GetProperty("totalCount").GetInt64().ShouldBe(0);
        (await Json(await admin.GetAsync($"/api/finance/bank-statements/lines?accountId={bank}&status=all"))).GetProperty("totalCount").GetInt64().ShouldBe(3);
        // Our books started at zero: 12,000 + 700 in, 500 out.
        (await AccountAsync(admin, bank)).GetProperty("balance").GetDecimal().ShouldBe(12_200m);
        (await LedgerBalanceAsync(host, bank)).ShouldBe(12_200m);
    }

    [Fact]
    public async Task Should_Read_A_Dos_Cp866_Statement_And_Match_By_The_Payers_Tax_Id_And_The_Exact_Amount_Due()
    {
        var admin = await host.AdminAsync();
        var ours = UniqueAccountNumber();
        var bank = await BankAccountAsync(admin, ours);
        var taxId = UniqueTaxId();
        var client = await ClientAsync(host, admin, taxId);
        var invoice = await IssuedInvoiceAsync(host, client, 4_321.50m);
        var text = Statement(ours, "DOS", opening: 0m,
            Incoming("7", 4_321.50m, "40702810100000000303", taxId, "ООО \"Ромашка\"", ours, "Оплата за окна по договору поставки"),
            Outgoing("8", 100m, ours, SupplierAccount, SupplierTaxId, "ПАО \"Связь\"", "Комиссия банка за ведение счёта"));
        var file = Encode(text, 866);
        Encoding.UTF8.GetString(file).ShouldNotContain("Ромашка");

        var result = await Json(await ImportStatementAsync(admin, bank, file));
        result.GetProperty("imported").GetInt32().ShouldBe(2);
        result.GetProperty("matched").GetInt32().ShouldBe(1);
        result.GetProperty("unmatched").EnumerateArray().Single().GetProperty("purpose").GetString().ShouldBe("Комиссия банка за ведение счёта");
        (await InvoiceStateAsync(host, invoice.Id)).ShouldBe((InvoiceStatus.Paid, 4_321.50m));
        var statement = (await Json(await admin.GetAsync($"/api/finance/bank-statements?accountId={bank}"))).GetProperty("items").EnumerateArray().Single();
        statement.GetProperty("encoding").GetString().ShouldBe("cp866");
        var lines = await Json(await admin.GetAsync($"/api/finance/bank-statements/lines?accountId={bank}&status=matched"));
        lines.GetProperty("items").EnumerateArray().Single().GetProperty("payerName").GetString().ShouldBe("ООО \"Ромашка\"");
    }

    [Fact]
    public async Task Should_Read_Utf8_Statements_With_Or_Without_A_Byte_Order_Mark()
    {
        var admin = await host.AdminAsync();
        foreach (var bom in new[] { true, false })
        {
            var ours = UniqueAccountNumber();
            var bank = await BankAccountAsync(admin, ours);
            // Some converters keep the "Windows" header of the original when they write UTF-8: the bytes decide.
            var text = Statement(ours, bom ? "UTF-8" : "Windows", opening: 10m,
                Incoming("1", 250.75m, "40702810100000000404", UniqueTaxId(), "ООО «Ёлка»", ours, "Предоплата за монтаж"));

            var result = await Json(await ImportStatementAsync(admin, bank, Encode(text, 65001, bom)));
            result.GetProperty("imported").GetInt32().ShouldBe(1);
            var line = result.GetProperty("unmatched").EnumerateArray().Single();
            line.GetProperty("payerName").GetString().ShouldBe("ООО «Ёлка»");
            line.GetProperty("purpose").GetString().ShouldBe("Предоплата за монтаж");
            line.GetProperty("amount").GetDecimal().ShouldBe(250.75m);
            var statement = (await Json(await admin.GetAsync($"/api/finance/bank-statements?accountId={bank}"))).GetProperty("items").EnumerateArray().Single();
            statement.GetProperty("encoding").GetString().ShouldBe("utf-8");
        }
    }

    [Fact]
    public async Task Should_Refuse_A_Statement_Whose_Balances_Or_Documents_Do_Not_Add_Up_Naming_The_Figures()
    {
        var admin = await host.AdminAsync();
        var ours = UniqueAccountNumber();
        var bank = await BankAccountAsync(admin, ours);
        var document = Incoming("1", 1_000m, "40702810100000000505", UniqueTaxId(), "ООО «Берёза»", ours, "Оплата");

        var wrongClosing = Statement(ours, "Windows", opening: 500m, [document], closing: 1_499.99m);
        var response = await ImportStatementAsync(admin, bank, Encode(wrongClosing, 1251));
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await Json(response);
        problem.GetProperty("code").GetString().ShouldBe("Finance.BankStatement.DoesNotAddUp");
        problem.GetProperty("detail").GetString()!.ShouldContain("500,00 + 1000,00 − 0,00 = 1500,00");
        problem.GetProperty("detail").GetString()!.ShouldContain("1499,99");
        problem.GetProperty("closingBalance").GetDecimal().ShouldBe(1_499.99m);
        problem.GetProperty("expectedClosingBalance").GetDecimal().ShouldBe(1_500m);

        var wrongTotals = Statement(ours, "Windows", opening: 500m, [document], received: 1_200m);
        var totals = await ImportStatementAsync(admin, bank, Encode(wrongTotals, 1251));
        totals.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var totalsProblem = await Json(totals);
        totalsProblem.GetProperty("documentsReceived").GetDecimal().ShouldBe(1_000m);
        totalsProblem.GetProperty("totalReceived").GetDecimal().ShouldBe(1_200m);

        (await Json(await admin.GetAsync($"/api/finance/bank-statements?accountId={bank}"))).GetProperty("totalCount").GetInt64().ShouldBe(0);
        (await Json(await admin.GetAsync($"/api/finance/bank-statements/lines?accountId={bank}&status=all"))).GetProperty("totalCount").GetInt64().ShouldBe(0);

        var otherAccount = Statement(UniqueAccountNumber(), "Windows", opening: 0m);
        (await ImportStatementAsync(admin, bank, Encode(otherAccount, 1251))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ImportStatementAsync(admin, bank, Encoding.UTF8.GetBytes("Дата;Сумма\n01.11.2026;100"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Should_Match_Only_When_The_Purpose_Names_The_Payers_Own_Invoice_And_The_Amount_Is_Due_Then_Let_The_Accountant_Match_The_Rest()
    {
        var admin = await host.AdminAsync();
        var ours = UniqueAccountNumber();
        var bank = await BankAccountAsync(admin, ours);
        var taxId = UniqueTaxId();
        var client = await ClientAsync(host, admin, taxId);
        var otherTaxId = UniqueTaxId();
        await ClientAsync(host, admin, otherTaxId);
        var invoice = await IssuedInvoiceAsync(host, client, 10_000m);
        var payerAccount = "40702810100000000606";
        var text = Statement(ours, "Windows", opening: 0m,
            Incoming("1", 3_000m, payerAccount, taxId, "ООО «Клиент»", ours, $"Частичная оплата по сч. {invoice.Number.ToLowerInvariant()}"),
            Incoming("2", 1_000m, "40702810100000000707", otherTaxId, "ООО «Другой»", ours, $"Оплата по счёту {invoice.Number}"),
            Incoming("3", 9_000m, payerAccount, taxId, "ООО «Клиент»", ours, $"Оплата по счёту {invoice.Number}"));

        var result = await Json(await ImportStatementAsync(admin, bank, Encode(text, 1251)));
        result.GetProperty("matched").GetInt32().ShouldBe(1);
        (await InvoiceStateAsync(host, invoice.Id)).ShouldBe((InvoiceStatus.PartiallyPaid, 3_000m));
        var waiting = result.GetProperty("unmatched").EnumerateArray().ToList();
        waiting.Select(l => l.GetProperty("number").GetString()).ShouldBe(["2", "3"], ignoreOrder: true);
        var tooMuch = waiting.Single(l => l.GetProperty("number").GetString() == "3");
        tooMuch.GetProperty("suggestedCompanyId").GetGuid().ShouldBe(client);
        tooMuch.GetProperty("suggestedInvoiceIds").EnumerateArray().Select(i => i.GetGuid()).ShouldContain(invoice.Id);

        // 9,000 against the 7,000 still due: the invoice is paid and 2,000 is the client's advance.
        var matched = await admin.PostAsJsonAsync($"/api/finance/bank-statements/lines/{tooMuch.GetProperty("id").GetGuid()}/match",
            new { allocations = new[] { new { invoiceId = invoice.Id, amount = 7_000m } } });
        matched.StatusCode.ShouldBe(HttpStatusCode.OK, await matched.Content.ReadAsStringAsync());
        var line = await Json(matched);
        line.GetProperty("status").GetString().ShouldBe("matched");
        var payment = await Json(await admin.GetAsync($"/api/finance/payments/{line.GetProperty("paymentId").GetGuid()}"));
        payment.GetProperty("companyId").GetGuid().ShouldBe(client);
        payment.GetProperty("unallocated").GetDecimal().ShouldBe(2_000m);
        (await InvoiceStateAsync(host, invoice.Id)).ShouldBe((InvoiceStatus.Paid, 10_000m));

        // Cancelling that payment puts the line back in review.
        (await admin.PostAsync($"/api/finance/payments/{payment.GetProperty("id").GetGuid()}/cancel", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var reopened = await Json(await admin.GetAsync($"/api/finance/bank-statements/lines/{tooMuch.GetProperty("id").GetGuid()}"));
        reopened.GetProperty("status").GetString().ShouldBe("unmatched");
        (await InvoiceStateAsync(host, invoice.Id)).ShouldBe((InvoiceStatus.PartiallyPaid, 3_000m));
    }

    private sealed record Document(
        string Number, decimal Amount, string PayerAccount, string PayerTaxId, string PayerName, string RecipientAccount, string RecipientTaxId,
        string RecipientName, string Purpose, bool IsIncoming);

    private static Document Incoming(string number, decimal amount, string payerAccount, string payerTaxId, string payerName, string ours, string purpose) =>
        new(number, amount, payerAccount, payerTaxId, payerName, ours, "7707083893", "ООО «Окна Плюс»", purpose, true);

    private static Document Outgoing(string number, decimal amount, string ours, string recipientAccount, string recipientTaxId, string recipientName,
        string purpose) =>
        new(number, amount, ours, "7707083893", "ООО «Окна Плюс»", recipientAccount, recipientTaxId, recipientName, purpose, false);

    /// <summary>
    /// A statement for 01.11–02.11.2026 as a bank writes it; received, debited and the closing balance add up unless a
    /// test gives its own.
    /// </summary>
    private static string Statement(string account, string encoding, decimal opening, params Document[] documents) =>
        Statement(account, encoding, opening, documents, null, null);

    private static string Statement(string account, string encoding, decimal opening, Document[] documents, decimal? closing = null,
        decimal? received = null)
    {
        var receivedTotal = received ?? documents.Where(d => d.IsIncoming).Sum(d => d.Amount);
        var debited = documents.Where(d => !d.IsIncoming).Sum(d => d.Amount);
        var text = new StringBuilder();
        void Line(string value) => text.Append(value).Append("\r\n");
        Line("1CClientBankExchange");
        Line("ВерсияФормата=1.03");
        Line($"Кодировка={encoding}");
        Line("Отправитель=Сбербанк Бизнес Онлайн");
        Line("Получатель=");
        Line("ДатаСоздания=03.11.2026");
        Line("ВремяСоздания=09:15:00");
        Line("ДатаНачала=01.11.2026");
        Line("ДатаКонца=02.11.2026");
        Line($"РасчСчет={account}");
        Line("Документ=Платежное поручение");
        Line("СекцияРасчСчет");
        Line("ДатаНачала=01.11.2026");
        Line("ДатаКонца=02.11.2026");
        Line($"РасчСчет={account}");
        Line($"НачальныйОстаток={opening:0.00}".Replace(',', '.'));
        Line($"ВсегоПоступило={receivedTotal:0.00}".Replace(',', '.'));
        Line($"ВсегоСписано={debited:0.00}".Replace(',', '.'));
        Line($"КонечныйОстаток={closing ?? opening + receivedTotal - debited:0.00}".Replace(',', '.'));
        Line("КонецРасчСчет");
        foreach (var d in documents)
        {
            Line("СекцияДокумент=Платежное поручение");
            Line($"Номер={d.Number}");
            Line("Дата=01.11.2026");
            Line(FormattableString.Invariant($"Сумма={d.Amount:0.00}"));
            Line($"ПлательщикСчет={d.PayerAccount}");
            Line($"Плательщик=ИНН {d.PayerTaxId} {d.PayerName}");
            Line($"ПлательщикИНН={d.PayerTaxId}");
            Line($"Плательщик1={d.PayerName}");
            Line("ПлательщикБИК=044525225");
            Line($"ПолучательСчет={d.RecipientAccount}");
            Line($"Получатель=ИНН {d.RecipientTaxId} {d.RecipientName}");
            Line($"ПолучательИНН={d.RecipientTaxId}");
            Line($"Получатель1={d.RecipientName}");
            Line("ВидОплаты=01");
            Line("Очередность=5");
            Line($"НазначениеПлатежа={d.Purpose}");
            Line(d.IsIncoming ? "ДатаПоступило=02.11.2026" : "ДатаСписано=02.11.2026");
            Line("КонецДокумента");
        }

        Line("КонецФайла");
        return text.ToString();
    }
}

public sealed class BankStatementTestsOnSqlite(SqliteHost host) : BankStatementTests(host), IClassFixture<SqliteHost>;

public sealed class BankStatementTestsOnPostgreSql(PostgreSqlHost host) : BankStatementTests(host), IClassFixture<PostgreSqlHost>;
