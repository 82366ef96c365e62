using System.Net;
using System.Net.Http.Json;
using Shouldly;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Crm.Tests;

/// <summary>Sources and loss reasons: the short lists deals are tagged with.</summary>
public abstract class DictionaryApiTests(SuiteHost host)
{
    [Theory]
    [InlineData("/api/crm/sources", new[] { "Выставка", "Звонок", "Рекомендация", "Сайт" })]
    [InlineData("/api/crm/loss-reasons", new[] { "Выбрали конкурента", "Дорого", "Не дозвонились", "Неактуально" })]
    public async Task Should_Start_With_The_Usual_Entries(string list, string[] seeded)
    {
        var (sales, _) = await host.UserAsync("sales");
        var page = await Json(await sales.GetAsync($"{list}?maxResultCount=1000"));
        var names = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()).ToList();
        foreach (var name in seeded)
            names.ShouldContain(name);
    }

    [Theory]
    [InlineData("/api/crm/sources")]
    [InlineData("/api/crm/loss-reasons")]
    public async Task Should_Create_Rename_And_Delete_An_Entry(string list)
    {
        var director = (await host.UserAsync("director")).Client;
        var name = CrmApi.Unique("Партнёры");

        var created = await director.PostAsJsonAsync(list, new { name });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var body = await Json(created);
        var id = body.GetProperty("id").GetGuid();
        created.Headers.Location!.ToString().ShouldBe($"{list}/{id}");
        var stamp = body.GetProperty("concurrencyStamp").GetString();

        var renamed = await director.PutAsJsonAsync($"{list}/{id}", new { name = name + " 2", concurrencyStamp = stamp });
        renamed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Json(await director.GetAsync($"{list}/{id}"))).GetProperty("name").GetString().ShouldBe(name + " 2");

        var stale = await director.PutAsJsonAsync($"{list}/{id}", new { name = name + " 3", concurrencyStamp = stamp });
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(stale)).GetProperty("code").GetString().ShouldBe("Concurrency.Stale");

        (await director.DeleteAsync($"{list}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await director.GetAsync($"{list}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/api/crm/sources", "Crm.Source.DuplicateName")]
    [InlineData("/api/crm/loss-reasons", "Crm.LossReason.DuplicateName")]
    public async Task Should_Not_Allow_Two_Entries_With_The_Same_Name(string list, string code)
    {
        var admin = await host.AdminAsync();
        var name = CrmApi.Unique("Реклама");
        (await admin.PostAsJsonAsync(list, new { name })).StatusCode.ShouldBe(HttpStatusCode.Created);

        // The same name in another case is the same entry to a user.
        var duplicate = await admin.PostAsJsonAsync(list, new { name = " " + name.ToUpperInvariant() + " " });
        duplicate.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(duplicate)).GetProperty("code").GetString().ShouldBe(code);

        var other = (await Json(await admin.PostAsJsonAsync(list, new { name = CrmApi.Unique("Другое") }))).GetProperty("id").GetGuid();
        var rename = await admin.PutAsJsonAsync($"{list}/{other}", new { name });
        rename.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(rename)).GetProperty("code").GetString().ShouldBe(code);
    }

    [Fact]
    public async Task Should_Not_Delete_A_Source_A_Deal_Uses()
    {
        var admin = await host.AdminAsync();
        var source = (await Json(await admin.PostAsJsonAsync("/api/crm/sources", new { name = CrmApi.Unique("Газета") }))).GetProperty("id").GetGuid();
        var company = await CrmApi.CompanyAsync(admin);
        await CrmApi.DealAsync(admin, company, extra: new { sourceId = source });

        var delete = await admin.DeleteAsync($"/api/crm/sources/{source}");

        delete.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(delete)).GetProperty("code").GetString().ShouldBe("Crm.Source.InUse");
        (await admin.GetAsync($"/api/crm/sources/{source}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_Not_Delete_A_Loss_Reason_A_Lost_Deal_Gives()
    {
        var admin = await host.AdminAsync();
        var reason = (await Json(await admin.PostAsJsonAsync("/api/crm/loss-reasons", new { name = CrmApi.Unique("Сроки") }))).GetProperty("id").GetGuid();
        var deal = (await CrmApi.DealAsync(admin, await CrmApi.CompanyAsync(admin))).GetProperty("id").GetGuid();
        (await admin.PostAsJsonAsync($"/api/crm/deals/{deal}/lose", new { lossReasonId = reason })).EnsureSuccessStatusCode();

        var delete = await admin.DeleteAsync($"/api/crm/loss-reasons/{reason}");

        delete.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(delete)).GetProperty("code").GetString().ShouldBe("Crm.LossReason.InUse");
    }

    [Fact]
    public async Task Should_Refuse_An_Empty_Name()
    {
        var admin = await host.AdminAsync();
        var response = await admin.PostAsJsonAsync("/api/crm/sources", new { name = "  " });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(response)).GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldBe(["name"]);
    }

    [Fact]
    public async Task Should_Let_Sales_Read_But_Only_The_Director_Manage()
    {
        var (sales, _) = await host.UserAsync("sales");
        (await sales.GetAsync("/api/crm/sources")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await sales.PostAsJsonAsync("/api/crm/sources", new { name = CrmApi.Unique("Своё") })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await sales.PostAsJsonAsync("/api/crm/loss-reasons", new { name = CrmApi.Unique("Своё") })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var (warehouse, _) = await host.UserAsync("warehouse");
        (await warehouse.GetAsync("/api/crm/loss-reasons")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var director = (await host.UserAsync("director")).Client;
        (await director.PostAsJsonAsync("/api/crm/loss-reasons", new { name = CrmApi.Unique("Другое") })).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Should_Search_And_Sort_The_List()
    {
        var admin = await host.AdminAsync();
        var marker = Guid.NewGuid().ToString("N")[..6];
        foreach (var name in new[] { "Бумага", "Авито", "Вывеска" })
            (await admin.PostAsJsonAsync("/api/crm/sources", new { name = $"{name} {marker}" })).EnsureSuccessStatusCode();

        var page = await Json(await admin.GetAsync($"/api/crm/sources?filter={marker}&sorting=name desc"));
        page.GetProperty("totalCount").GetInt64().ShouldBe(3);
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString())
            .ShouldBe([$"Вывеска {marker}", $"Бумага {marker}", $"Авито {marker}"]);

        var found = await Json(await admin.GetAsync("/api/crm/sources?filter=" + Uri.EscapeDataString($"АВИТО {marker}")));
        found.GetProperty("totalCount").GetInt64().ShouldBe(1);
    }
}

public sealed class DictionaryApiTestsOnSqlite(SqliteHost host) : DictionaryApiTests(host), IClassFixture<SqliteHost>;

public sealed class DictionaryApiTestsOnPostgreSql(PostgreSqlHost host) : DictionaryApiTests(host), IClassFixture<PostgreSqlHost>;
