using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Suite.TestBase;
using Suite.Tasks.Application.Tasks;
using Suite.Tasks.Data;
using Suite.Tasks.Domain.Cards;
using Suite.Tasks.Domain.Tasks;

namespace Suite.Tasks.Tests;

/// <summary>
/// Records put where the module's own code puts them: tasks through <see cref="TaskAdding"/> and deal copies as
/// Crm's events leave them (the task routes and the Crm handlers are built on other branches), and the events the
/// module published, read from its outbox.
/// </summary>
internal static class TasksData
{
    public static async Task<WorkTask> AddTaskAsync(SuiteHost host, Guid assigneeId, DateTimeOffset? dueAt, CardReference? card = null,
        string? recurrence = null, string title = "Позвонить клиенту", IReadOnlyList<ChecklistItem>? checklist = null,
        IReadOnlyList<Guid>? coworkers = null)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TasksDbContext>();
        var task = new WorkTask(title, "Обсудить замер", assigneeId, dueAt, TaskPriority.High, card, null, checklist ?? [], recurrence);
        db.AddTask(task, null, host.Services.GetRequiredService<TimeProvider>().GetUtcNow(),
            coworkers?.Select(c => new TaskParticipant(task.Id, c, ParticipantRole.Coworker)));
        await db.SaveChangesAsync();
        return task;
    }

    public static async Task<WorkTask> ChangeAsync(SuiteHost host, Guid taskId, Action<WorkTask> change)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TasksDbContext>();
        var task = await db.Tasks.SingleAsync(t => t.Id == taskId);
        change(task);
        await db.SaveChangesAsync();
        return task;
    }

    public static async Task<List<WorkTask>> TasksAsync(SuiteHost host, Func<IQueryable<WorkTask>, IQueryable<WorkTask>> query)
    {
        using var scope = host.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<TasksDbContext>().Tasks.AsNoTracking()).ToListAsync();
    }

    /// <summary>Tasks' copy of an open (or closed) deal owned by <paramref name="ownerId"/>.</summary>
    public static async Task<Guid> DealAsync(SuiteHost host, Guid ownerId, string title, bool open = true)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TasksDbContext>();
        var deal = new Card("deal", Guid.CreateVersion7());
        deal.Apply(title, ownerId, null, DateTimeOffset.UnixEpoch);
        deal.ApplyDeal(Guid.NewGuid(), Guid.NewGuid(), 150_000m, open);
        db.Cards.Add(deal);
        await db.SaveChangesAsync();
        return deal.Id;
    }

    /// <summary>The payloads of the <paramref name="eventName"/> events the module published that mention <paramref name="about"/>.</summary>
    public static async Task<List<JsonElement>> EventsAsync(SuiteHost host, string eventName, Guid? about = null)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TasksDbContext>();
        var id = about?.ToString() ?? "";
        return (await db.OutboxMessages.AsNoTracking().Where(m => m.EventName == eventName && m.Payload.Contains(id))
                .OrderBy(m => m.Sequence).Select(m => m.Payload).ToListAsync())
            .Select(p => JsonDocument.Parse(p).RootElement).ToList();
    }

    /// <summary>A sales user who reports to a supervisor, made through the users API: (user, supervisor).</summary>
    public static async Task<(Guid UserId, Guid SupervisorId)> TeamAsync(SuiteHost host)
    {
        var (_, supervisor) = await host.UserAsync("sales");
        var userName = $"sales-{Guid.NewGuid():N}"[..20];
        var admin = await host.AdminAsync();
        var created = await admin.PostAsJsonAsync("/api/identity/users", new
        {
            userName, email = $"{userName}@test.local", password = SuiteHost.UserPassword, roles = new[] { "sales" },
            fullName = "Анна Петрова", supervisorId = supervisor,
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await IdentityEvents.UserCreatedAsync(host, id);
        return (id, supervisor);
    }
}
