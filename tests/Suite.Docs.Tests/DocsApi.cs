using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using Suite.Framework.Requisites;
using Suite.TestBase;
using static Suite.TestBase.ResponseJson;

namespace Suite.Docs.Tests;

/// <summary>Steps of the document tests, all through the public API: our organisation, a client, an issued invoice, its documents.</summary>
internal static class DocsApi
{
    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>A valid organisation ИНН no other test uses.</summary>
    public static string UniqueTaxId() => TaxId.Complete(Random.Shared.Next(100_000_000, 999_999_999).ToString());

    /// <summary>Our organisation's requisites and a main bank account, as an accountant sets them up once.</summary>
    public static async Task SellerAsync(HttpClient admin)
    {
        var current = await Json(await admin.GetAsync("/api/finance/organisation"));
        var saved = await admin.PutAsJsonAsync("/api/finance/organisation", new
        {
            name = "ООО «Окна Плюс»", shortName = "Окна Плюс", taxId = "7707083893", kpp = "773601001", ogrn = "1027700132195",
            legalAddress = "г. Москва, ул. Вавилова, д. 19", director = "Петров П. П.", chiefAccountant = "Иванова И. И.",
            taxRegime = "osno", defaultVatRate = 22m, paymentTermDays = 5,
            concurrencyStamp = current.GetProperty("concurrencyStamp").GetString(),
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        var account = await admin.PostAsJsonAsync("/api/finance/accounts", new
        {
            name = Unique("Расчётный счёт"), kind = "bank", bankName = "ПАО Сбербанк", bic = "044525225",
            accountNumber = "40702810" + Random.Shared.NextInt64(100_000_000_000, 999_999_999_999),
            correspondentAccount = "30101810400000000225", isMain = true,
        });
        account.StatusCode.ShouldBe(HttpStatusCode.Created, await account.Content.ReadAsStringAsync());
    }

    /// <summary>A Crm company made by <paramref name="client"/> (so owned by them), once Finance has its copy.</summary>
    public static async Task<Guid> ClientAsync(HttpClient client, string taxId)
    {
        var response = await client.PostAsJsonAsync("/api/crm/companies", new { name = Unique("ООО Клиент"), taxId });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await Json(response)).GetProperty("id").GetGuid();
        await Eventually.Until(async () => (await client.GetAsync($"/api/finance/customers/{id}")).StatusCode == HttpStatusCode.OK,
            what: "Finance's copy of the client");
        return id;
    }

    /// <summary>An invoice drafted and issued by <paramref name="client"/>; the issued invoice as the API returns it.</summary>
    public static async Task<JsonElement> IssuedInvoiceAsync(HttpClient client, Guid companyId)
    {
        var draft = await client.PostAsJsonAsync("/api/finance/invoices", new
        {
            companyId,
            lines = new[]
            {
                new { description = "Окно ПВХ 1200×1400", quantity = 2m, unitPrice = 15_000m, vatRate = (decimal?)22m },
                new { description = "Монтаж", quantity = 1m, unitPrice = 4_500.50m, vatRate = (decimal?)22m },
            },
        });
        draft.StatusCode.ShouldBe(HttpStatusCode.Created, await draft.Content.ReadAsStringAsync());
        var id = (await Json(draft)).GetProperty("id").GetGuid();
        var issued = await client.PostAsync($"/api/finance/invoices/{id}/issue", null);
        issued.StatusCode.ShouldBe(HttpStatusCode.OK, await issued.Content.ReadAsStringAsync());
        return await Json(issued);
    }

    public static async Task<List<JsonElement>> DocumentsAsync(HttpClient client, Guid invoiceId)
    {
        var response = await client.GetAsync($"/api/docs/documents?entityType=invoice&entityId={invoiceId}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await Json(response)).GetProperty("items").EnumerateArray().ToList();
    }

    /// <summary>Polls until the invoice's PDF is listed (Docs makes it from Finance's event, so it comes a moment later).</summary>
    public static async Task<JsonElement> GeneratedDocumentAsync(HttpClient client, Guid invoiceId) =>
        (await Eventually.Until(() => DocumentsAsync(client, invoiceId), documents => documents.Count > 0, what: "the invoice's PDF")).Single();
}
