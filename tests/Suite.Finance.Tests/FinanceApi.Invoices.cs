using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Suite.Finance.Data;
using Suite.TestBase;
using static Suite.TestBase.ResponseJson;

namespace Suite.Finance.Tests;

/// <summary>Steps of the invoice and receivables tests: a client in Crm and its copy in Finance, drafts, issue.</summary>
internal static partial class FinanceApi
{
    /// <summary>The company's day now (Moscow, the default time zone), which is what the API dates by.</summary>
    public static DateOnly CompanyToday =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow")).DateTime);

    /// <summary>A Crm company made by <paramref name="client"/> (so owned by them), once Finance has its copy.</summary>
    public static async Task<Guid> ClientAsync(HttpClient client, string? name = null, string? taxId = null)
    {
        var response = await client.PostAsJsonAsync("/api/crm/companies", new { name = name ?? Unique("ООО Клиент"), taxId });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await Json(response)).GetProperty("id").GetGuid();
        await Eventually.Until(async () => (await client.GetAsync($"/api/finance/customers/{id}")).StatusCode == HttpStatusCode.OK,
            what: "Finance's copy of the client");
        return id;
    }

    /// <summary>A Crm deal with <paramref name="lines"/>, once Finance's copy has them.</summary>
    public static async Task<Guid> DealAsync(HttpClient client, Guid companyId, string title, object[] lines)
    {
        var response = await client.PostAsJsonAsync("/api/crm/deals", new { title, companyId, lines });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await Json(response)).GetProperty("id").GetGuid();
        await Eventually.Until(async () => (await Items(client, "/api/finance/deals?maxResultCount=1000"))
                .Any(d => d.GetProperty("id").GetGuid() == id && d.GetProperty("lineCount").GetInt32() == lines.Length),
            what: "Finance's copy of the deal");
        return id;
    }

    public static async Task<List<JsonElement>> Items(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await Json(response)).GetProperty("items").EnumerateArray().ToList();
    }

    public static object Line(string description, decimal quantity, decimal unitPrice, decimal? vatRate, Guid? productId = null) =>
        new { description, quantity, unitPrice, vatRate, productId };

    /// <summary>Creates a draft; <paramref name="extra"/> adds or overrides fields of the body (issueDate, dueDate, pricesIncludeVat…).</summary>
    public static async Task<JsonElement> DraftAsync(HttpClient client, Guid companyId, object[] lines, object? extra = null)
    {
        var body = new Dictionary<string, object?> { ["companyId"] = companyId, ["lines"] = lines };
        if (extra is not null)
            foreach (var p in extra.GetType().GetProperties())
                body[p.Name] = p.GetValue(extra);
        var response = await client.PostAsJsonAsync("/api/finance/invoices", body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await Json(response);
    }

    public static async Task<JsonElement> IssueAsync(HttpClient client, Guid invoiceId)
    {
        var response = await client.PostAsync($"/api/finance/invoices/{invoiceId}/issue", null);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await Json(response);
    }

    /// <summary>An issued invoice of one line of <paramref name="amount"/> without VAT, issued and due on the given days.</summary>
    public static async Task<JsonElement> IssuedAsync(HttpClient client, Guid companyId, decimal amount, DateOnly issueDate, DateOnly dueDate)
    {
        var draft = await DraftAsync(client, companyId, [Line("Услуги", 1, amount, null)], new { issueDate, dueDate });
        return await IssueAsync(client, draft.GetProperty("id").GetGuid());
    }

    public static async Task SetInvoicePrefixAsync(HttpClient client, string prefix)
    {
        var settings = await Json(await client.GetAsync("/api/finance/settings"));
        var response = await client.PutAsJsonAsync("/api/finance/settings", new
        {
            invoicePrefix = prefix, concurrencyStamp = settings.GetProperty("concurrencyStamp").GetString(),
        });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    public static async Task<string> CodeOf(HttpResponseMessage response) =>
        (await Json(response)).GetProperty("code").GetString()!;

    /// <summary>The payloads of the events Finance published under <paramref name="eventName"/> about one invoice.</summary>
    public static async Task<List<JsonElement>> EventsAsync(SuiteHost host, string eventName, Guid invoiceId)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FinanceDbContext>();
        var id = invoiceId.ToString();
        return (await db.OutboxMessages.AsNoTracking().Where(m => m.EventName == eventName && m.Payload.Contains(id)).Select(m => m.Payload).ToListAsync())
            .Select(p => JsonDocument.Parse(p).RootElement).ToList();
    }

    /// <summary>The ledger lines of one invoice as (debit, credit, amount): the ledger API is not on this branch.</summary>
    public static async Task<List<(string Debit, string Credit, decimal Amount)>> PostingsAsync(SuiteHost host, Guid invoiceId)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FinanceDbContext>();
        return (await db.Postings.AsNoTracking().Where(p => p.InvoiceId == invoiceId).Select(p => new { p.DebitAccount, p.CreditAccount, p.Amount })
                .ToListAsync())
            .Select(p => (p.DebitAccount, p.CreditAccount, p.Amount)).ToList();
    }
}
