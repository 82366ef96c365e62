using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using static Suite.TestBase.ResponseJson;

namespace Suite.Crm.Tests;

/// <summary>Small steps the Crm API tests repeat: a company to hang deals on, the default pipeline's stages.</summary>
internal static class CrmApi
{
    public static async Task<Guid> CompanyAsync(HttpClient client, string? name = null)
    {
        var response = await client.PostAsJsonAsync("/api/crm/companies", new { name = name ?? $"ООО «Клиент {Guid.NewGuid().ToString("N")[..8]}»" });
        response.EnsureSuccessStatusCode();
        return (await Json(response)).GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> DefaultPipelineAsync(HttpClient client)
    {
        var list = await Json(await client.GetAsync("/api/crm/pipelines?maxResultCount=100"));
        return list.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("isDefault").GetBoolean());
    }

    /// <summary>The default pipeline's stage ids by name.</summary>
    public static async Task<Dictionary<string, Guid>> DefaultStagesAsync(HttpClient client) =>
        (await DefaultPipelineAsync(client)).GetProperty("stages").EnumerateArray()
            .ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("id").GetGuid());

    public static async Task<JsonElement> DealAsync(HttpClient client, Guid companyId, string? title = null, object? extra = null)
    {
        var body = new Dictionary<string, object?> { ["title"] = title ?? "Сделка", ["companyId"] = companyId };
        if (extra is not null)
            foreach (var p in extra.GetType().GetProperties())
                body[p.Name] = p.GetValue(extra);
        var response = await client.PostAsJsonAsync("/api/crm/deals", body);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await Json(response);
    }

    public static async Task<Guid> IdOfAsync(HttpClient client, string list, string name)
    {
        var page = await Json(await client.GetAsync($"{list}?maxResultCount=1000"));
        return page.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();
    }

    public static string Unique(string prefix) => $"{prefix} {Guid.NewGuid().ToString("N")[..8]}";
}
