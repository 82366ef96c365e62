using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Suite.Crm.Events;
using Suite.Framework.Data;
using Suite.Framework.Events;
using Suite.TestBase;
using Suite.Tasks.Data;
using Suite.Tasks.Domain.Cards;
using Suite.Tasks.Domain.Tasks;
using static Suite.TestBase.ResponseJson;

namespace Suite.Tasks.Tests.Rules;

/// <summary>Steps of the rule tests: a pipeline and a deal in Crm, rules through the API, what Tasks and the bus hold.</summary>
internal static class RulesApi
{
    public static string Unique(string text) => $"{text} {Guid.NewGuid().ToString("N")[..6]}";

    /// <summary>A new pipeline with the stages Заявка, Замер, Договор (open), Успех (won), Отказ (lost).</summary>
    public static async Task<(Guid Pipeline, Dictionary<string, Guid> Stages)> PipelineAsync(HttpClient admin)
    {
        var response = await admin.PostAsJsonAsync("/api/crm/pipelines", new
        {
            name = Unique("Воронка"),
            stages = new[]
            {
                new { name = "Заявка", probability = 10, kind = "open" },
                new { name = "Замер", probability = 30, kind = "open" },
                new { name = "Договор", probability = 60, kind = "open" },
                new { name = "Успех", probability = 100, kind = "won" },
                new { name = "Отказ", probability = 0, kind = "lost" },
            },
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var body = await Json(response);
        return (body.GetProperty("id").GetGuid(),
            body.GetProperty("stages").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("id").GetGuid()));
    }

    /// <summary>A deal of a new company at the pipeline's first stage, made by <paramref name="client"/> (so owned by them).</summary>
    public static async Task<(Guid Deal, string Title, Guid Company, string CompanyName)> DealAsync(HttpClient client, Guid pipelineId, Guid stageId)
    {
        var companyName = Unique("ООО Окна");
        var company = await client.PostAsJsonAsync("/api/crm/companies", new { name = companyName });
        company.StatusCode.ShouldBe(HttpStatusCode.Created, await company.Content.ReadAsStringAsync());
        var companyId = (await Json(company)).GetProperty("id").GetGuid();
        var title = Unique("Остекление балкона");
        var deal = await client.PostAsJsonAsync("/api/crm/deals", new { title, companyId, pipelineId, stageId, amount = 120_000m, currency = "RUB" });
        deal.StatusCode.ShouldBe(HttpStatusCode.Created, await deal.Content.ReadAsStringAsync());
        return ((await Json(deal)).GetProperty("id").GetGuid(), title, companyId, companyName);
    }

    public static async Task MoveAsync(HttpClient client, Guid deal, Guid stageId)
    {
        var moved = await client.PostAsJsonAsync($"/api/crm/deals/{deal}/move", new { stageId });
        moved.StatusCode.ShouldBe(HttpStatusCode.OK, await moved.Content.ReadAsStringAsync());
    }

    public static async Task<JsonElement> RuleAsync(HttpClient admin, object rule)
    {
        var response = await admin.PostAsJsonAsync("/api/tasks/rules", rule);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await Json(response);
    }

    /// <summary>
    /// Tasks' copies of a deal and its company as Tasks' card handlers keep them; made here when none is there yet, dated
    /// long ago so that any copy made from Crm's events wins.
    /// </summary>
    public static async Task CopiesAsync(SuiteHost host, (Guid Deal, string Title, Guid Company, string CompanyName) deal, Guid ownerId)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TasksDbContext>();
        foreach (var (type, id, title, companyId) in new[] { ("company", deal.Company, deal.CompanyName, (Guid?)null), ("deal", deal.Deal, deal.Title, deal.Company) })
        {
            if (await db.Cards.AnyAsync(c => c.Id == id))
                continue;
            var card = new Card(type, id);
            card.Apply(title, ownerId, companyId, DateTimeOffset.UnixEpoch);
            db.Cards.Add(card);
            try
            {
                await db.SaveChangesAsync();
            }
            catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e))
            {
                db.ChangeTracker.Clear(); // Tasks' own handler made it meanwhile
            }
        }
    }

    public static async Task<List<WorkTask>> TasksOnAsync(SuiteHost host, string entityType, Guid entityId)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TasksDbContext>();
        return await db.Tasks.AsNoTracking().Where(t => t.EntityType == entityType && t.EntityId == entityId).ToListAsync();
    }

    public static async Task<List<WorkTask>> AssignedAsync(SuiteHost host, Guid assigneeId)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TasksDbContext>();
        return await db.Tasks.AsNoTracking().Where(t => t.AssigneeId == assigneeId).ToListAsync();
    }

    /// <summary>The event Crm published about <paramref name="id"/>, read back from Crm's outbox (the newest one).</summary>
    public static async Task<TEvent> PublishedAsync<TEvent>(SuiteHost host, Guid id) where TEvent : class
    {
        var name = EventNameAttribute.For(typeof(TEvent));
        var needle = id.ToString();
        using var scope = host.Services.CreateScope();
        var crm = (SuiteDbContext)scope.ServiceProvider.GetRequiredService(
            host.Services.GetServices<ModuleDbContextType>().Single(m => m.Module.Module == "crm").ContextType);
        var payload = (await crm.OutboxMessages.AsNoTracking().Where(m => m.EventName == name).ToListAsync())
            .Where(m => m.Payload.Contains(needle, StringComparison.OrdinalIgnoreCase)).OrderBy(m => m.Sequence).Last().Payload;
        return (TEvent)EventSerializer.Deserialize(payload, typeof(TEvent));
    }

    /// <summary>How many deliveries of <paramref name="eventName"/> about <paramref name="id"/> Tasks' inbox has processed.</summary>
    public static async Task<int> ProcessedAsync(SuiteHost host, string eventName, Guid id)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TasksDbContext>();
        var needle = id.ToString();
        return (await db.InboxMessages.AsNoTracking().Where(m => m.EventName == eventName && m.ProcessedAt != null).ToListAsync())
            .Count(m => m.Payload.Contains(needle, StringComparison.OrdinalIgnoreCase));
    }

    public static Task<DealStageChangedEto> StageChangeAsync(SuiteHost host, Guid deal) => PublishedAsync<DealStageChangedEto>(host, deal);
}
