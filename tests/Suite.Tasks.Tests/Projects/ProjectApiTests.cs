using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Suite.Framework.Domain;
using Suite.Framework.Users;
using Suite.Tasks.Application.Projects;
using Suite.Tasks.Data;
using Suite.TestBase;
using Xunit;
using static Suite.Tasks.Tests.NoonHost;
using static Suite.Tasks.Tests.TasksTestData;
using static Suite.TestBase.ResponseJson;

namespace Suite.Tasks.Tests.Projects;

/// <summary>Projects through the HTTP API: progress over their tasks, who sees them, who changes them, and deleting.</summary>
public abstract class ProjectApiTests(NoonHost host)
{
    [Fact]
    public async Task Should_Count_Progress_Over_The_Projects_Tasks_And_Show_People_By_Name()
    {
        var (owner, ownerId, ownerName) = await PersonAsync(host, "sales");
        var (_, memberId, memberName) = await PersonAsync(host, "sales");
        var project = await CreateAsync(owner, memberId);
        var id = project.GetProperty("id").GetGuid();
        project.GetProperty("ownerId").GetGuid().ShouldBe(ownerId);
        project.GetProperty("ownerName").GetString().ShouldBe(ownerName);
        project.GetProperty("deadline").GetString().ShouldBe("2026-12-31");
        var member = project.GetProperty("members").EnumerateArray().ShouldHaveSingleItem();
        member.GetProperty("id").GetGuid().ShouldBe(memberId);
        member.GetProperty("name").GetString().ShouldBe(memberName);
        Progress(project).ShouldBe((0, 0, 0));

        await TaskAsync(host, memberId, Moscow(1, 9), Moscow(3, 10), completedAt: Moscow(2, 10), projectId: id);
        await TaskAsync(host, memberId, Moscow(1, 9), Moscow(9, 10), projectId: id); // overdue now
        await TaskAsync(host, ownerId, Moscow(1, 9), Moscow(20, 10), projectId: id);
        await TaskAsync(host, ownerId, Moscow(1, 9), Moscow(2, 10), cancelled: true, projectId: id);
        await TaskAsync(host, ownerId, Moscow(1, 9), Moscow(2, 10)); // in no project

        Progress(await OkAsync(await owner.GetAsync($"/api/tasks/projects/{id}"))).ShouldBe((1, 3, 1));
        var listed = Items(await OkAsync(await owner.GetAsync("/api/tasks/projects?maxResultCount=1000")))
            .Single(p => p.GetProperty("id").GetGuid() == id);
        Progress(listed).ShouldBe((1, 3, 1));
    }

    [Fact]
    public async Task Should_Show_A_Project_To_Its_Owner_Members_And_ViewAll_But_Not_To_Another_Sales_User()
    {
        var (owner, _, _) = await PersonAsync(host, "sales");
        var (member, memberId, _) = await PersonAsync(host, "sales");
        var (outsider, _, _) = await PersonAsync(host, "sales");
        var (director, _, _) = await PersonAsync(host, "director");
        var id = (await CreateAsync(owner, memberId)).GetProperty("id").GetGuid();

        foreach (var client in new[] { owner, member, director })
        {
            (await client.GetAsync($"/api/tasks/projects/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await ListedIdsAsync(client)).ShouldContain(id);
        }

        (await outsider.GetAsync($"/api/tasks/projects/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ListedIdsAsync(outsider)).ShouldNotContain(id);
        (await outsider.DeleteAsync($"/api/tasks/projects/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var edit = new { name = "Чужой", memberIds = new[] { memberId } };
        (await outsider.PutAsJsonAsync($"/api/tasks/projects/{id}", edit)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // A member sees the project but only its owner (or ViewAll) changes it.
        (await member.PutAsJsonAsync($"/api/tasks/projects/{id}", edit)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_Refuse_To_Delete_A_Project_With_Tasks_But_Archive_It()
    {
        var (owner, ownerId, _) = await PersonAsync(host, "sales");
        var project = await CreateAsync(owner, null);
        var id = project.GetProperty("id").GetGuid();
        await TaskAsync(host, ownerId, Moscow(1, 9), null, projectId: id);

        var refused = await owner.DeleteAsync($"/api/tasks/projects/{id}");
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(refused)).GetProperty("code").GetString().ShouldBe("Tasks.Project.HasTasks");

        var archived = await OkAsync(await owner.PutAsJsonAsync($"/api/tasks/projects/{id}", new
        {
            name = project.GetProperty("name").GetString(), isArchived = true,
            concurrencyStamp = project.GetProperty("concurrencyStamp").GetString(),
        }));
        archived.GetProperty("isArchived").GetBoolean().ShouldBeTrue();
        (await ListedIdsAsync(owner)).ShouldNotContain(id);
        (await ListedIdsAsync(owner, "&includeArchived=true")).ShouldContain(id);

        var stale = await owner.PutAsJsonAsync($"/api/tasks/projects/{id}", new
        {
            name = "Снова", concurrencyStamp = project.GetProperty("concurrencyStamp").GetString(),
        });
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var empty = (await CreateAsync(owner, null)).GetProperty("id").GetGuid();
        (await owner.DeleteAsync($"/api/tasks/projects/{empty}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await owner.GetAsync($"/api/tasks/projects/{empty}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_Refuse_Unknown_Members_And_Creation_Without_The_Permission()
    {
        var (owner, _, _) = await PersonAsync(host, "sales");
        var (accountant, _, _) = await PersonAsync(host, "accountant");

        var unknown = await owner.PostAsJsonAsync("/api/tasks/projects", new { name = Unique("Проект"), memberIds = new[] { Guid.NewGuid() } });
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await owner.PostAsJsonAsync("/api/tasks/projects", new { name = "" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await accountant.PostAsJsonAsync("/api/tasks/projects", new { name = Unique("Проект") })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_Let_Only_Those_Who_See_A_Project_Put_A_Task_Into_It()
    {
        var (owner, ownerId, _) = await PersonAsync(host, "sales");
        var (_, memberId, _) = await PersonAsync(host, "sales");
        var (_, outsiderId, _) = await PersonAsync(host, "sales");
        var project = await CreateAsync(owner, memberId);
        var id = project.GetProperty("id").GetGuid();

        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TasksDbContext>();
        await ProjectAccess.EnsureCanUseAsync(db, new User(ownerId), id, default);
        await ProjectAccess.EnsureCanUseAsync(db, new User(memberId), id, default);
        await ProjectAccess.EnsureCanUseAsync(db, new User(outsiderId, TasksPermissions.Tasks.ViewAll), id, default);
        (await Should.ThrowAsync<InputValidationException>(() => ProjectAccess.EnsureCanUseAsync(db, new User(outsiderId), id, default)))
            .Errors.Keys.ShouldContain("projectId");

        await OkAsync(await owner.PutAsJsonAsync($"/api/tasks/projects/{id}", new
        {
            name = project.GetProperty("name").GetString(), memberIds = new[] { memberId }, isArchived = true,
            concurrencyStamp = project.GetProperty("concurrencyStamp").GetString(),
        }));
        (await Should.ThrowAsync<BusinessRuleException>(() => ProjectAccess.EnsureCanUseAsync(db, new User(memberId), id, default)))
            .Code.ShouldBe("Tasks.Project.Archived");
    }

    private static async Task<JsonElement> CreateAsync(HttpClient client, Guid? memberId) =>
        await OkAsync(await client.PostAsJsonAsync("/api/tasks/projects", new
        {
            name = Unique("Остекление офиса"), description = "Замер, монтаж, сдача", deadline = "2026-12-31",
            memberIds = memberId is { } m ? new[] { m } : Array.Empty<Guid>(),
        }), HttpStatusCode.Created);

    private static async Task<List<Guid>> ListedIdsAsync(HttpClient client, string query = "") =>
        Items(await OkAsync(await client.GetAsync("/api/tasks/projects?maxResultCount=1000" + query)))
            .Select(p => p.GetProperty("id").GetGuid()).ToList();

    private static (int Done, int Total, int Overdue) Progress(JsonElement project)
    {
        var p = project.GetProperty("progress");
        return (p.GetProperty("done").GetInt32(), p.GetProperty("total").GetInt32(), p.GetProperty("overdue").GetInt32());
    }

    private sealed class User(Guid id, params string[] permissions) : ICurrentUser
    {
        public Guid? Id => id;
        public string? UserName => null;
        public bool IsAuthenticated => true;
        public bool HasPermission(string permission) => permissions.Contains(permission);
    }
}

public sealed class ProjectApiTestsOnSqlite(NoonSqliteHost host) : ProjectApiTests(host), IClassFixture<NoonSqliteHost>;

public sealed class ProjectApiTestsOnPostgreSql(NoonPostgreSqlHost host) : ProjectApiTests(host), IClassFixture<NoonPostgreSqlHost>;
