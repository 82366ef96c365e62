using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using static Suite.TestBase.ResponseJson;

namespace Suite.Crm.Tests;

/// <summary>Steps the board and export tests repeat: a pipeline of their own, a source, a column of a board.</summary>
internal static class BoardApi
{
    /// <summary>A new pipeline "Заявка, Договор, Успех, Отказ"; returns its id and stage ids by name.</summary>
    public static async Task<(Guid Id, Dictionary<string, Guid> Stages)> PipelineAsync(HttpClient director)
    {
        var response = await director.PostAsJsonAsync("/api/crm/pipelines", new
        {
            name = CrmApi.Unique("Воронка"),
            stages = new[]
            {
                new { name = "Заявка", probability = 20, kind = "open" },
                new { name = "Договор", probability = 60, kind = "open" },
                new { name = "Успех", probability = 100, kind = "won" },
                new { name = "Отказ", probability = 0, kind = "lost" },
            },
        });
        response.EnsureSuccessStatusCode();
        var pipeline = await Json(response);
        return (pipeline.GetProperty("id").GetGuid(),
            pipeline.GetProperty("stages").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("id").GetGuid()));
    }

    public static async Task<Guid> SourceAsync(HttpClient director)
    {
        var response = await director.PostAsJsonAsync("/api/crm/sources", new { name = CrmApi.Unique("Выставка") });
        response.EnsureSuccessStatusCode();
        return (await Json(response)).GetProperty("id").GetGuid();
    }

    public static async Task<Guid> CompanyAsync(HttpClient client, string name, params string[] tags)
    {
        var response = await client.PostAsJsonAsync("/api/crm/companies", new { name, tags });
        response.EnsureSuccessStatusCode();
        return (await Json(response)).GetProperty("id").GetGuid();
    }

    public static async Task<Guid> DealAsync(HttpClient client, Guid company, Guid pipeline, Guid stage, decimal amount,
        string? title = null, Guid? sourceId = null) =>
        (await CrmApi.DealAsync(client, company, title ?? CrmApi.Unique("Сделка"),
            new { pipelineId = pipeline, stageId = stage, amount, sourceId })).GetProperty("id").GetGuid();

    /// <summary>The board's columns by stage name: count, amount and the titles of the cards.</summary>
    public static async Task<Dictionary<string, (long Count, decimal Amount, List<string> Titles)>> BoardAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/crm/deals/board?" + query);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var board = await Json(response);
        return board.GetProperty("columns").EnumerateArray().ToDictionary(
            c => c.GetProperty("name").GetString()!,
            c => (c.GetProperty("count").GetInt64(), c.GetProperty("amount").GetDecimal(),
                c.GetProperty("deals").EnumerateArray().Select(d => d.GetProperty("title").GetString()!).ToList()));
    }
}
