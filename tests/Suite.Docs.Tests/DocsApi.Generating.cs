using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using Suite.TestBase;
using static Suite.TestBase.ResponseJson;

namespace Suite.Docs.Tests;

/// <summary>Steps of the generating tests: a deal with its company and contact, templates, documents made from them.</summary>
internal static class GeneratingApi
{
    /// <summary>A company with a contact and a two-line deal for 42 000,00, made by <paramref name="client"/> (so owned by them).</summary>
    public static async Task<(Guid Company, Guid Deal, string CompanyName, string DealTitle)> DealAsync(HttpClient client, string taxId,
        object? extra = null)
    {
        var companyName = DocsApi.Unique("ООО Ромашка");
        var company = await client.PostAsJsonAsync("/api/crm/companies", new { name = companyName, taxId, address = "г. Подольск, ул. Садовая, д. 1" });
        company.StatusCode.ShouldBe(HttpStatusCode.Created, await company.Content.ReadAsStringAsync());
        var companyId = (await Json(company)).GetProperty("id").GetGuid();
        var contact = await client.PostAsJsonAsync("/api/crm/contacts", new
        {
            firstName = "Иван", lastName = "Сидоров", companyId, emails = new[] { "sidorov@romashka.ru" },
        });
        contact.StatusCode.ShouldBe(HttpStatusCode.Created, await contact.Content.ReadAsStringAsync());
        var title = DocsApi.Unique("Остекление офиса");
        var body = new Dictionary<string, object?>
        {
            ["title"] = title, ["companyId"] = companyId,
            ["lines"] = new[]
            {
                new { description = "Окно ПВХ 1300×1400", quantity = 3m, unitPrice = 12_000m },
                new { description = "Монтаж окна", quantity = 3m, unitPrice = 2_000m },
            },
        };
        foreach (var p in extra?.GetType().GetProperties() ?? [])
            body[p.Name] = p.GetValue(extra);
        var deal = await client.PostAsJsonAsync("/api/crm/deals", body);
        deal.StatusCode.ShouldBe(HttpStatusCode.Created, await deal.Content.ReadAsStringAsync());
        return (companyId, (await Json(deal)).GetProperty("id").GetGuid(), companyName, title);
    }

    public static async Task<Guid> BuiltInAsync(HttpClient client, string kind)
    {
        var templates = await Items(client, $"/api/docs/templates?kind={kind}&maxResultCount=100");
        return templates.First(t => t.GetProperty("isBuiltIn").GetBoolean()).GetProperty("id").GetGuid();
    }

    public static async Task<Guid> TemplateAsync(HttpClient admin, string body, string kind = "contract", string? numberPrefix = null)
    {
        var response = await admin.PostAsJsonAsync("/api/docs/templates", new
        {
            name = DocsApi.Unique("Договор"), kind, format = "text", body, numberPrefix,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await Json(response)).GetProperty("id").GetGuid();
    }

    public static Task<HttpResponseMessage> GenerateAsync(HttpClient client, Guid templateId, string entityType, Guid entityId) =>
        client.PostAsJsonAsync("/api/docs/documents", new { templateId, entityType, entityId });

    /// <summary>Generates once Docs has its copy of the card (it comes from the owner module's event a moment later).</summary>
    public static async Task<JsonElement> GeneratedAsync(HttpClient client, Guid templateId, string entityType, Guid entityId)
    {
        var response = await Eventually.Until(() => GenerateAsync(client, templateId, entityType, entityId),
            r => r.StatusCode != HttpStatusCode.NotFound, what: $"Docs' copy of the {entityType}");
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await Json(response);
    }

    public static async Task<string> FileTextAsync(HttpClient client, Guid documentId)
    {
        var response = await client.GetAsync($"/api/docs/documents/{documentId}/file");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return PdfTools.Text(await response.Content.ReadAsByteArrayAsync());
    }

    public static async Task<List<JsonElement>> Items(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await Json(response)).GetProperty("items").EnumerateArray().ToList();
    }
}
