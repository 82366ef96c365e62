using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Host.Tests;

/// <summary>
/// Saved list views: a user's own views are theirs alone; shared ones are made by those who may share (a director,
/// an admin) and seen by everyone, changed only by their owner or another who may share.
/// </summary>
public abstract class SavedViewApiTests(SuiteHost host)
{
    private static readonly Dictionary<string, string> Hot = new()
    {
        ["status"] = "open", ["pipelineId"] = "0195a000-0000-7000-8000-000000000001", ["filter"] = "Окна", ["sorting"] = "amount desc",
    };

    [Fact]
    public async Task Should_Keep_A_Users_Own_View_To_Themselves_And_Let_Only_Them_Change_It()
    {
        var (anna, annaId) = await host.UserAsync("sales");
        var (boris, _) = await host.UserAsync("sales");
        var list = $"crm.deals{Suffix()}";

        var created = await anna.PostAsJsonAsync("/api/views", new { list, name = "  Горящие окна ", query = Hot });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var view = await Json(created);
        var id = view.GetProperty("id").GetGuid();
        created.Headers.Location!.ToString().ShouldBe($"/api/views/{id}");
        view.GetProperty("list").GetString().ShouldBe(list);
        view.GetProperty("name").GetString().ShouldBe("Горящие окна");
        Query(view).ShouldBe(Hot);
        view.GetProperty("shared").GetBoolean().ShouldBeFalse();
        view.GetProperty("ownerId").GetGuid().ShouldBe(annaId);
        view.GetProperty("ownerName").GetString().ShouldNotBeNullOrEmpty();
        view.GetProperty("canChange").GetBoolean().ShouldBeTrue();

        (await ViewsAsync(anna, list)).Select(v => v.GetProperty("id").GetGuid()).ShouldBe([id]);
        (await ViewsAsync(anna, $"finance.invoices{Suffix()}")).ShouldBeEmpty();
        (await ViewsAsync(boris, list)).ShouldBeEmpty();
        (await boris.PutAsJsonAsync($"/api/views/{id}", new { name = "Моё", query = Hot })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await boris.DeleteAsync($"/api/views/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var stamp = view.GetProperty("concurrencyStamp").GetString();
        var renamed = await anna.PutAsJsonAsync($"/api/views/{id}",
            new { list = "ignored.list", name = "Окна в работе", query = new { status = "open" }, concurrencyStamp = stamp });
        renamed.StatusCode.ShouldBe(HttpStatusCode.OK, await renamed.Content.ReadAsStringAsync());
        var changed = await Json(renamed);
        changed.GetProperty("list").GetString().ShouldBe(list);
        changed.GetProperty("name").GetString().ShouldBe("Окна в работе");
        Query(changed).ShouldBe(new Dictionary<string, string> { ["status"] = "open" });
        (await anna.PutAsJsonAsync($"/api/views/{id}", new { name = "Старое", query = Hot, concurrencyStamp = stamp }))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);

        (await anna.DeleteAsync($"/api/views/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await ViewsAsync(anna, list)).ShouldBeEmpty();
        (await anna.DeleteAsync($"/api/views/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_Let_Only_Those_Who_May_Share_Make_Or_Change_A_Shared_View_That_Everyone_Sees()
    {
        var (anna, _) = await host.UserAsync("sales");
        var (director, directorId) = await host.UserAsync("director");
        var admin = await host.AdminAsync();
        var list = $"crm.deals{Suffix()}";

        var refused = await anna.PostAsJsonAsync("/api/views", new { list, name = "Для всех", query = Hot, shared = true });
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var annasOwn = await Json(await anna.PostAsJsonAsync("/api/views", new { list, name = "Мой", query = Hot }));
        (await anna.PutAsJsonAsync($"/api/views/{annasOwn.GetProperty("id").GetGuid()}", new { name = "Мой", query = Hot, shared = true }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var created = await director.PostAsJsonAsync("/api/views", new { list, name = "Крупные сделки", query = Hot, shared = true });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await Json(created)).GetProperty("id").GetGuid();

        // Anna sees her own first, then the shared one, which she may apply but not change.
        var annas = await ViewsAsync(anna, list);
        annas.Select(v => v.GetProperty("name").GetString()).ShouldBe(["Мой", "Крупные сделки"]);
        var shared = annas[1];
        shared.GetProperty("shared").GetBoolean().ShouldBeTrue();
        shared.GetProperty("ownerId").GetGuid().ShouldBe(directorId);
        shared.GetProperty("canChange").GetBoolean().ShouldBeFalse();
        Query(shared).ShouldBe(Hot);
        (await anna.PutAsJsonAsync($"/api/views/{id}", new { name = "Мои крупные", query = Hot, shared = true })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await anna.DeleteAsync($"/api/views/{id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // An admin may change anyone's shared view; the director's own view stays hers.
        var byAdmin = await admin.PutAsJsonAsync($"/api/views/{id}", new { name = "Крупные сделки (от 1 млн)", query = Hot, shared = true });
        byAdmin.StatusCode.ShouldBe(HttpStatusCode.OK, await byAdmin.Content.ReadAsStringAsync());
        (await Json(byAdmin)).GetProperty("ownerId").GetGuid().ShouldBe(directorId);
        (await ViewsAsync(anna, list)).Select(v => v.GetProperty("name").GetString()).ShouldBe(["Мой", "Крупные сделки (от 1 млн)"]);
        (await director.DeleteAsync($"/api/views/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await ViewsAsync(anna, list)).Select(v => v.GetProperty("name").GetString()).ShouldBe(["Мой"]);
    }

    [Fact]
    public async Task Should_Refuse_A_View_Without_A_List_Or_Name_Or_With_An_Oversized_Query_With_400()
    {
        var (anna, _) = await host.UserAsync("sales");
        foreach (var (body, field) in new (object Body, string Field)[]
                 {
                     (new { list = "", name = "Вид", query = Hot }, "list"),
                     (new { list = "Сделки", name = "Вид", query = Hot }, "list"),
                     (new { list = "crm.deals", name = " ", query = Hot }, "name"),
                     (new { list = "crm.deals", name = new string('я', 101), query = Hot }, "name"),
                     (new { list = "crm.deals", name = "Вид", query = new Dictionary<string, string> { ["filter"] = new string('я', 4001) } }, "query"),
                     (new { list = "crm.deals", name = "Вид", query = new Dictionary<string, string> { ["не поле"] = "1" } }, "query"),
                 })
        {
            var response = await anna.PostAsJsonAsync("/api/views", body);
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, field);
            (await Json(response)).GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(field);
        }

        (await host.Anonymous().GetAsync("/api/views?list=crm.deals")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    /// <summary>Lists of this test only: the host is shared by the tests of the class.</summary>
    private static string Suffix() => "-" + Guid.NewGuid().ToString("N")[..8];

    private static async Task<List<JsonElement>> ViewsAsync(HttpClient client, string list)
    {
        var response = await client.GetAsync($"/api/views?list={list}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await Json(response)).GetProperty("items").EnumerateArray().ToList();
    }

    private static Dictionary<string, string> Query(JsonElement view) =>
        view.GetProperty("query").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
}

public sealed class SavedViewApiTestsOnSqlite(SqliteHost host) : SavedViewApiTests(host), IClassFixture<SqliteHost>;

public sealed class SavedViewApiTestsOnPostgreSql(PostgreSqlHost host) : SavedViewApiTests(host), IClassFixture<PostgreSqlHost>;
