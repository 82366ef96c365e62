using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Suite.Tasks.Data;
using Suite.TestBase;
using static Suite.TestBase.ResponseJson;

namespace Suite.Tasks.Tests;

/// <summary>Steps of the task tests, all through the public API (and the real bus for Crm's cards).</summary>
internal static class TasksApi
{
    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";

    public static async Task<JsonElement> CreatedAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/tasks", body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await Json(response);
    }

    public static async Task<JsonElement> TaskAsync(HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"/api/tasks/{id}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await Json(response);
    }

    public static async Task<JsonElement> ActionAsync(HttpClient client, Guid id, string action, object? body = null)
    {
        var response = await client.PostAsJsonAsync($"/api/tasks/{id}/{action}", body ?? new { });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await Json(response);
    }

    public static Guid Id(this JsonElement element) => element.GetProperty("id").GetGuid();

    public static string? Str(this JsonElement element, string name) => element.GetProperty(name).GetString();

    public static async Task ShouldBeProblemAsync(HttpResponseMessage response, HttpStatusCode status, string? field = null, string? code = null)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        var json = JsonDocument.Parse(body).RootElement;
        if (field is not null)
            json.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(body);
        if (code is not null)
            json.GetProperty("code").GetString().ShouldBe(code, body);
    }

    /// <summary>A company and a deal on it made by <paramref name="client"/> (so owned by them), through Crm's API.</summary>
    public static async Task<(Guid Id, string Title)> DealAsync(HttpClient client)
    {
        var company = await client.PostAsJsonAsync("/api/crm/companies", new { name = Unique("ООО Клиент") });
        company.StatusCode.ShouldBe(HttpStatusCode.Created, await company.Content.ReadAsStringAsync());
        var title = Unique("Окна на дачу");
        var deal = await client.PostAsJsonAsync("/api/crm/deals", new { title, companyId = (await Json(company)).Id() });
        deal.StatusCode.ShouldBe(HttpStatusCode.Created, await deal.Content.ReadAsStringAsync());
        return ((await Json(deal)).Id(), title);
    }

    /// <summary>
    /// Sets a task on a card Tasks learns of from another module's event: refused with 400 on entityId until the copy
    /// arrives, so it is retried until then.
    /// </summary>
    public static async Task<JsonElement> CreatedOnCardAsync(HttpClient client, string entityType, Guid entityId, object extra)
    {
        var body = JsonSerializer.SerializeToElement(extra, JsonSerializerOptions.Web).EnumerateObject()
            .ToDictionary(p => p.Name, p => (object?)p.Value);
        body["entityType"] = entityType;
        body["entityId"] = entityId;
        var response = await Eventually.Until(() => client.PostAsJsonAsync("/api/tasks", body),
            r => r.StatusCode != HttpStatusCode.BadRequest, what: $"Tasks' copy of {entityType} {entityId}");
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await Json(response);
    }

    /// <summary>The payloads of <c>Tasks.Deal.NextTaskChanged</c> for one deal, in the order they were written.</summary>
    public static async Task<List<JsonElement>> NextTaskEventsAsync(SuiteHost host, Guid dealId)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TasksDbContext>();
        return (await db.OutboxMessages.AsNoTracking().Where(m => m.EventName == "Tasks.Deal.NextTaskChanged").ToListAsync())
            .OrderBy(m => m.Sequence)
            .Select(m => JsonDocument.Parse(m.Payload).RootElement)
            .Where(p => p.GetProperty("dealId").GetGuid() == dealId)
            .ToList();
    }

    /// <summary>The names of the events Tasks published about one task.</summary>
    public static async Task<List<string>> EventsAboutAsync(SuiteHost host, Guid taskId)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TasksDbContext>();
        var id = taskId.ToString();
        return (await db.OutboxMessages.AsNoTracking().Where(m => m.EventName.StartsWith("Tasks.Task.")).ToListAsync())
            .Where(m => m.Payload.Contains(id)).OrderBy(m => m.Sequence).Select(m => m.EventName).ToList();
    }
}
