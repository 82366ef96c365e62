using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Suite.Tasks.Application.Tasks;
using Suite.Tasks.Data;
using Suite.Tasks.Domain.Tasks;
using Suite.TestBase;
using static Suite.TestBase.ResponseJson;

namespace Suite.Tasks.Tests;

/// <summary>
/// People made through the users API (with a name and a supervisor), and tasks put straight into the module the one way
/// a task is added, with the times a test needs: created, first due, postponed, completed.
/// </summary>
internal static class TasksTestData
{
    public static string Unique(string prefix) => $"{prefix} {Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>A user with a full name and maybe a supervisor, signed in, once the Tasks module has their copy.</summary>
    public static async Task<(HttpClient Client, Guid Id, string Name)> PersonAsync(SuiteHost host, string role, Guid? supervisorId = null)
    {
        var userName = $"{role}-{Guid.NewGuid():N}"[..20];
        var fullName = Unique("Сотрудник");
        var admin = await host.AdminAsync();
        var created = await admin.PostAsJsonAsync("/api/identity/users", new
        {
            userName, email = $"{userName}@test.local", password = SuiteHost.UserPassword, roles = new[] { role }, fullName, supervisorId,
        });
        created.IsSuccessStatusCode.ShouldBeTrue(await created.Content.ReadAsStringAsync());
        var id = (await Json(created)).GetProperty("id").GetGuid();
        await IdentityEvents.UserCreatedAsync(host, id);
        return (await host.SignInAsync(userName, SuiteHost.UserPassword), id, fullName);
    }

    public static async Task<Guid> TaskAsync(SuiteHost host, Guid assigneeId, DateTimeOffset createdAt, DateTimeOffset? dueAt,
        DateTimeOffset? postponedTo = null, DateTimeOffset? completedAt = null, bool cancelled = false, Guid? projectId = null)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TasksDbContext>();
        var task = new WorkTask(Unique("Задача"), null, assigneeId, dueAt, TaskPriority.Normal, null, projectId, [], null);
        if (postponedTo is { } later)
            task.Postpone(later);
        if (completedAt is { } done)
            task.Complete(null, assigneeId, done);
        if (cancelled)
            task.Cancel();
        db.AddTask(task, null, createdAt);
        await db.SaveChangesAsync();
        // The save stamps "now"; the test's task was made earlier.
        await db.Tasks.Where(t => t.Id == task.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.CreatedAt, createdAt));
        return task.Id;
    }

    public static async Task<JsonElement> OkAsync(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        response.StatusCode.ShouldBe(status, await response.Content.ReadAsStringAsync());
        return await Json(response);
    }

    public static List<JsonElement> Items(JsonElement list) => list.GetProperty("items").EnumerateArray().ToList();
}
