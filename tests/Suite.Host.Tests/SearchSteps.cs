using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using Suite.Framework.Requisites;
using Suite.TestBase;
using static Suite.TestBase.ResponseJson;

namespace Suite.Host.Tests;

/// <summary>Records of every module made through their APIs, and the global search asked about them.</summary>
internal static class SearchSteps
{
    /// <summary>A word of random Cyrillic letters no other test uses, capitalised: "Жубэфа".</summary>
    public static string UniqueWord()
    {
        var letters = Enumerable.Range(0, 7).Select(_ => (char)('а' + Random.Shared.Next(32))).ToArray();
        letters[0] = char.ToUpperInvariant(letters[0]);
        return new string(letters);
    }

    public static async Task<Guid> CreatedAsync(HttpClient client, string url, object body)
    {
        var response = await client.PostAsJsonAsync(url, body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await Json(response)).GetProperty("id").GetGuid();
    }

    /// <summary>Our organisation's requisites and a main bank account: what an invoice's PDF needs.</summary>
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
        await CreatedAsync(admin, "/api/finance/accounts", new
        {
            name = $"Расчётный счёт {Guid.NewGuid():N}", kind = "bank", bankName = "ПАО Сбербанк", bic = "044525225",
            accountNumber = "40702810" + Random.Shared.NextInt64(100_000_000_000, 999_999_999_999),
            correspondentAccount = "30101810400000000225", isMain = true,
        });
    }

    /// <summary>A Crm company made by <paramref name="client"/> (so owned by them), once Finance has its copy.</summary>
    public static async Task<Guid> ClientAsync(HttpClient client, string name)
    {
        var id = await CreatedAsync(client, "/api/crm/companies",
            new { name, taxId = TaxId.Complete(Random.Shared.Next(100_000_000, 999_999_999).ToString()) });
        await Eventually.Until(async () => (await client.GetAsync($"/api/finance/customers/{id}")).StatusCode == HttpStatusCode.OK,
            what: "Finance's copy of the client");
        return id;
    }

    /// <summary>An invoice of one line drafted and issued by <paramref name="client"/>; its id and number.</summary>
    public static async Task<(Guid Id, string Number)> IssuedInvoiceAsync(HttpClient client, Guid companyId)
    {
        var id = await CreatedAsync(client, "/api/finance/invoices", new
        {
            companyId, lines = new[] { new { description = "Окно ПВХ 1200×1400", quantity = 2m, unitPrice = 15_000m, vatRate = (decimal?)22m } },
        });
        var issued = await client.PostAsync($"/api/finance/invoices/{id}/issue", null);
        issued.StatusCode.ShouldBe(HttpStatusCode.OK, await issued.Content.ReadAsStringAsync());
        return (id, (await Json(issued)).GetProperty("number").GetString()!);
    }

    /// <summary>The search's answer: the items of each group by kind, and the kinds that did not answer.</summary>
    public static async Task<(Dictionary<string, List<JsonElement>> Groups, List<string> Unavailable)> SearchAsync(HttpClient client, string q, int? take = null)
    {
        var response = await client.GetAsync($"/api/search?q={Uri.EscapeDataString(q)}" + (take is null ? "" : $"&take={take}"));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var body = await Json(response);
        var groups = body.GetProperty("groups").EnumerateArray().ToDictionary(
            g => g.GetProperty("kind").GetString()!, g => g.GetProperty("items").EnumerateArray().ToList());
        return (groups, body.GetProperty("unavailable").EnumerateArray().Select(k => k.GetString()!).ToList());
    }

    public static List<string> Titles(this Dictionary<string, List<JsonElement>> groups, string kind) =>
        groups.TryGetValue(kind, out var items) ? items.Select(i => i.GetProperty("title").GetString()!).ToList() : [];
}
