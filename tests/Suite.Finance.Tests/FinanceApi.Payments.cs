using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Suite.Finance.Application.Invoices;
using Suite.Finance.Application.Ledger;
using Suite.Finance.Data;
using Suite.Finance.Domain.Invoices;
using Suite.Finance.Domain.Ledger;
using Suite.Framework.Requisites;
using Suite.TestBase;
using static Suite.TestBase.ResponseJson;

namespace Suite.Finance.Tests;

/// <summary>Steps the payment and bank statement tests repeat.</summary>
internal static partial class FinanceApi
{
    static FinanceApi() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>A valid organisation ИНН no other test uses.</summary>
    public static string UniqueTaxId() => TaxId.Complete(Random.Shared.Next(100_000_000, 999_999_999).ToString());

    /// <summary>A Crm company, once Finance has its customer copy.</summary>
    public static async Task<Guid> ClientAsync(SuiteHost host, HttpClient client, string? taxId = null)
    {
        var created = await client.PostAsJsonAsync("/api/crm/companies", new { name = Unique("ООО Клиент"), taxId = taxId ?? UniqueTaxId() });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await Json(created)).GetProperty("id").GetGuid();
        await Eventually.Until(async () => (await client.GetAsync($"/api/finance/customers/{id}")).IsSuccessStatusCode,
            what: "Finance's copy of the company");
        return id;
    }

    /// <summary>
    /// An issued invoice for <paramref name="total"/> (one line without VAT), numbered from the series and posted
    /// Дт 62.01 Кт 90.01 as issuing does. Written through the domain: the invoices API is another part of this work.
    /// </summary>
    public static async Task<(Guid Id, string Number)> IssuedInvoiceAsync(SuiteHost host, Guid companyId, decimal total)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FinanceDbContext>();
        var customer = await db.Customers.SingleAsync(c => c.Id == companyId);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var invoice = new Invoice(companyId, null, customer.OwnerId);
        invoice.Draft(companyId, null, customer.OwnerId, today, today.AddDays(7), false, null,
            [new InvoiceLine(1, null, "Окно ПВХ", "шт", 1, total, null, false)]);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var number = await scope.ServiceProvider.GetRequiredService<InvoiceNumbers>().NextAsync("СЧ", today.Year, CancellationToken.None);
        invoice.Issue(number, today, today.AddDays(7), customer.Name, customer.TaxId, customer.Kpp, customer.Address, DateTimeOffset.UtcNow);
        db.Invoices.Add(invoice);
        await scope.ServiceProvider.GetRequiredService<Books>().PostAsync(
            new JournalEntry("invoice.issued", invoice.Id, today, $"Счёт {number}")
                .Add(Accounts.Receivables, Accounts.Revenue, invoice.Total, new PostingAnalytics(companyId, invoice.Id)), CancellationToken.None);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return (invoice.Id, number);
    }

    /// <summary>The invoice as the books hold it: status and amount paid.</summary>
    public static async Task<(InvoiceStatus Status, decimal AmountPaid)> InvoiceStateAsync(SuiteHost host, Guid invoiceId)
    {
        using var scope = host.Services.CreateScope();
        var invoice = await scope.ServiceProvider.GetRequiredService<FinanceDbContext>().Invoices.AsNoTracking().SingleAsync(i => i.Id == invoiceId);
        return (invoice.Status, invoice.AmountPaid);
    }

    /// <summary>What the ledger says an account holds: debits naming it less credits naming it.</summary>
    public static async Task<decimal> LedgerBalanceAsync(SuiteHost host, Guid moneyAccountId)
    {
        using var scope = host.Services.CreateScope();
        var postings = scope.ServiceProvider.GetRequiredService<FinanceDbContext>().Postings;
        return await postings.Where(p => p.DebitMoneyAccountId == moneyAccountId).SumAsync(p => p.Amount)
               - await postings.Where(p => p.CreditMoneyAccountId == moneyAccountId).SumAsync(p => p.Amount);
    }

    /// <summary>The balance of ledger account <paramref name="account"/> (debit positive) in the postings about one company.</summary>
    public static async Task<decimal> CompanyBalanceAsync(SuiteHost host, string account, Guid companyId)
    {
        using var scope = host.Services.CreateScope();
        var postings = scope.ServiceProvider.GetRequiredService<FinanceDbContext>().Postings.Where(p => p.CompanyId == companyId);
        return await postings.Where(p => p.DebitAccount == account).SumAsync(p => p.Amount)
               - await postings.Where(p => p.CreditAccount == account).SumAsync(p => p.Amount);
    }

    /// <summary>Finance wrote the event <paramref name="eventName"/> about <paramref name="id"/> to its outbox, with the change that raised it.</summary>
    public static async Task OutboxHasAsync(SuiteHost host, string eventName, Guid id)
    {
        using var scope = host.Services.CreateScope();
        var payloads = await scope.ServiceProvider.GetRequiredService<FinanceDbContext>().OutboxMessages.AsNoTracking()
            .Where(m => m.EventName == eventName).Select(m => m.Payload).ToListAsync();
        payloads.ShouldContain(p => p.Contains(id.ToString()), $"{eventName} about {id}");
    }

    public static async Task<HttpResponseMessage> PayAsync(HttpClient client, object payment) =>
        await client.PostAsJsonAsync("/api/finance/payments", payment);

    public static async Task<JsonElement> PaidAsync(HttpClient client, object payment)
    {
        var response = await PayAsync(client, payment);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await Json(response);
    }

    public static async Task<HttpResponseMessage> ImportStatementAsync(HttpClient client, Guid accountId, byte[] file, string fileName = "kl_to_1c.txt")
    {
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(content, "file", fileName);
        form.Add(new StringContent(accountId.ToString()), "accountId");
        return await client.PostAsync("/api/finance/bank-statements/import", form);
    }

    /// <summary>The text in the code page a bank would write it in (1251, 866 or UTF-8 with or without a byte order mark).</summary>
    public static byte[] Encode(string text, int codePage, bool bom = false) => codePage == 65001
        ? (bom ? Encoding.UTF8.Preamble.ToArray() : []).Concat(new UTF8Encoding(false).GetBytes(text)).ToArray()
        : Encoding.GetEncoding(codePage).GetBytes(text);
}
