using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Suite.Docs.Data;
using Suite.TestBase;
using static Suite.Docs.Tests.DocsApi;
using static Suite.TestBase.ResponseJson;

namespace Suite.Docs.Tests;

/// <summary>Steps of the sending tests: a document to send (an issued invoice's PDF), the send request, what Suite recorded.</summary>
internal static class MailApi
{
    /// <summary>An invoice issued by <paramref name="client"/> to a new client of theirs, and its PDF once Docs made it.</summary>
    public static async Task<(Guid CompanyId, JsonElement Invoice, JsonElement Document)> InvoiceDocumentAsync(HttpClient admin, HttpClient client)
    {
        await SellerAsync(admin);
        var companyId = await ClientAsync(client, UniqueTaxId());
        var invoice = await IssuedInvoiceAsync(client, companyId);
        var document = await GeneratedDocumentAsync(client, invoice.GetProperty("id").GetGuid());
        return (companyId, invoice, document);
    }

    public static Task<HttpResponseMessage> SendAsync(HttpClient client, Guid documentId, string[] to, string? subject,
        string message = "Добрый день! Счёт во вложении.", string[]? cc = null) =>
        client.PostAsJsonAsync($"/api/docs/documents/{documentId}/send", new { to, cc = cc ?? [], subject, message });

    public static async Task<List<JsonElement>> TimelineAsync(HttpClient client, Guid companyId)
    {
        var response = await client.GetAsync($"/api/crm/timeline?entityType=company&entityId={companyId}&maxResultCount=100");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await Json(response)).GetProperty("items").EnumerateArray().ToList();
    }

    /// <summary>Polls the company's timeline until an item of <paramref name="kind"/> about the document is there.</summary>
    public static async Task<JsonElement> TimelineItemAsync(HttpClient client, Guid companyId, string kind, Guid? documentId = null) =>
        (await Eventually.Until(() => TimelineAsync(client, companyId),
            items => items.Any(i => Is(i, kind, documentId)), what: $"a {kind} item on the company's timeline"))
        .First(i => Is(i, kind, documentId));

    private static bool Is(JsonElement item, string kind, Guid? documentId) =>
        item.GetProperty("kind").GetString() == kind
        && (documentId is null || item.GetProperty("details").GetProperty("documentId").GetGuid() == documentId);

    /// <summary>The dispatches Suite recorded for a document and the Docs.Document.Sent events it queued for it.</summary>
    public static async Task<(int Dispatches, int SentEvents)> RecordedAsync(SuiteHost host, Guid documentId)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DocsDbContext>();
        var id = documentId.ToString();
        return (await db.Dispatches.CountAsync(d => d.DocumentId == documentId),
            await db.OutboxMessages.CountAsync(m => m.EventName == "Docs.Document.Sent" && m.Payload.Contains(id)));
    }
}
