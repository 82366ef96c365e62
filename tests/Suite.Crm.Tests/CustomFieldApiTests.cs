using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Crm.Tests;

/// <summary>Admin-defined fields on company and contact cards, and the values checked against them on every save.</summary>
public abstract class CustomFieldApiTests(SuiteHost host)
{
    private static async Task<Guid> DefineAsync(HttpClient admin, object body)
    {
        var response = await admin.PostAsJsonAsync("/api/crm/custom-fields", body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await Json(response)).GetProperty("id").GetGuid();
    }

    private static async Task<Dictionary<string, string>> ErrorsAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        return (await Json(response)).GetProperty("errors").EnumerateObject().ToDictionary(p => p.Name, p => p.Value[0].GetString()!);
    }

    [Fact]
    public async Task Should_Check_Company_Values_Against_The_Definitions()
    {
        var admin = await host.AdminAsync();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        await DefineAsync(admin, new { entityType = "company", key = "staff" + suffix, label = "Сотрудников", type = "number" });
        await DefineAsync(admin, new { entityType = "company", key = "since" + suffix, label = "Клиент с", type = "date" });
        await DefineAsync(admin, new { entityType = "company", key = "segment" + suffix, label = "Сегмент", type = "list", options = new[] { "Опт", "Розница" } });
        await DefineAsync(admin, new { entityType = "company", key = "dealer" + suffix, label = "Дилер", type = "yesNo" });

        var bad = await admin.PostAsJsonAsync("/api/crm/companies", new
        {
            name = "ООО «Поля»",
            customFields = new Dictionary<string, string>
            {
                ["staff" + suffix] = "много", ["since" + suffix] = "31.02.2020", ["segment" + suffix] = "VIP", ["dealer" + suffix] = "может", ["color"] = "red",
            },
        });
        var errors = await ErrorsAsync(bad);
        errors.Keys.Order().ShouldBe(new[] { "color", "dealer", "segment", "since", "staff" }.Select(k => "customFields." + (k == "color" ? k : k + suffix)).Order());

        var good = await admin.PostAsJsonAsync("/api/crm/companies", new
        {
            name = "ООО «Поля»",
            customFields = new Dictionary<string, string>
            {
                ["staff" + suffix] = "1 250,5", ["since" + suffix] = "01.02.2020", ["segment" + suffix] = "опт", ["dealer" + suffix] = "да",
            },
        });
        good.StatusCode.ShouldBe(HttpStatusCode.Created, await good.Content.ReadAsStringAsync());
        var values = (await Json(good)).GetProperty("customFields");
        values.GetProperty("staff" + suffix).GetString().ShouldBe("1250.5");
        values.GetProperty("since" + suffix).GetString().ShouldBe("2020-02-01");
        values.GetProperty("segment" + suffix).GetString().ShouldBe("Опт");
        values.GetProperty("dealer" + suffix).GetString().ShouldBe("true");
    }

    [Fact]
    public async Task Should_Require_A_Required_Field_On_Contacts_Only()
    {
        var admin = await host.AdminAsync();
        var key = "role" + Guid.NewGuid().ToString("N")[..6];
        var id = await DefineAsync(admin, new { entityType = "contact", key, label = "Роль", type = "text", required = true });
        try
        {
            var missing = await admin.PostAsJsonAsync("/api/crm/contacts", new { firstName = "Лев" });
            (await ErrorsAsync(missing)).Keys.ShouldBe(["customFields." + key]);
            (await admin.PostAsJsonAsync("/api/crm/contacts", new { firstName = "Лев", customFields = new Dictionary<string, string> { [key] = "ЛПР" } }))
                .StatusCode.ShouldBe(HttpStatusCode.Created);
            // Companies have their own definitions.
            (await admin.PostAsJsonAsync("/api/crm/companies", new { name = "ООО «Без роли»" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        }
        finally
        {
            (await admin.DeleteAsync($"/api/crm/custom-fields/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        (await admin.PostAsJsonAsync("/api/crm/contacts", new { firstName = "Лев" })).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Should_Let_Directors_Manage_And_Everyone_Read_The_Definitions()
    {
        var admin = await host.AdminAsync();
        var key = "inn" + Guid.NewGuid().ToString("N")[..6];
        var id = await DefineAsync(admin, new { entityType = "contact", key, label = "Источник", type = "list", options = new[] { "Сайт", " Сайт ", "Звонок" } });

        var (sales, _) = await host.UserAsync("sales");
        var list = await Json(await sales.GetAsync("/api/crm/custom-fields?entityType=contact"));
        var field = list.EnumerateArray().Single(f => f.GetProperty("id").GetGuid() == id);
        field.GetProperty("type").GetString().ShouldBe("list");
        field.GetProperty("entityType").GetString().ShouldBe("contact");
        field.GetProperty("options").EnumerateArray().Select(o => o.GetString()).ShouldBe(["Сайт", "Звонок"]);
        (await sales.PostAsJsonAsync("/api/crm/custom-fields", new { entityType = "contact", key = "x", label = "X", type = "text" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var director = (await host.UserAsync("director")).Client;
        var duplicate = await director.PostAsJsonAsync("/api/crm/custom-fields", new { entityType = "contact", key = key.ToUpperInvariant(), label = "Ещё", type = "text" });
        duplicate.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(duplicate)).GetProperty("code").GetString().ShouldBe("Crm.CustomField.DuplicateKey");
        (await ErrorsAsync(await director.PostAsJsonAsync("/api/crm/custom-fields", new { entityType = "deal", key = "a", label = "A", type = "text" }))).Keys.ShouldBe(["entityType"]);
        (await ErrorsAsync(await director.PostAsJsonAsync("/api/crm/custom-fields", new { entityType = "contact", key = "a", label = "A", type = "list" }))).Keys.ShouldBe(["options"]);
        (await ErrorsAsync(await director.PostAsJsonAsync("/api/crm/custom-fields", new { entityType = "contact", key = "1 a", label = "A", type = "text" }))).Keys.ShouldBe(["key"]);

        var updated = await director.PutAsJsonAsync($"/api/crm/custom-fields/{id}", new { label = "Канал", type = "text" });
        updated.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Json(updated)).GetProperty("key").GetString().ShouldBe(key);
    }
}

public sealed class CustomFieldApiTestsOnSqlite(SqliteHost host) : CustomFieldApiTests(host), IClassFixture<SqliteHost>;

public sealed class CustomFieldApiTestsOnPostgreSql(PostgreSqlHost host) : CustomFieldApiTests(host), IClassFixture<PostgreSqlHost>;
