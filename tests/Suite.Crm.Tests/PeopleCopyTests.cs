using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Shouldly;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Crm.Tests;

/// <summary>
/// Crm keeps its own copy of Identity's users, fed by Identity's events through the bus: owners and authors are shown
/// by full name, only active sales managers and directors are offered as owners, and nobody else is given records.
/// </summary>
public abstract class PeopleCopyTests(SuiteHost host)
{
    [Fact]
    public async Task Should_Show_A_Renamed_Owner_By_The_New_Name_In_The_Ranking_The_Export_And_On_The_Board()
    {
        var (director, _) = await host.UserAsync("director");
        var (anna, annaId, annaLogin) = await SalesAsync();
        var (pipeline, stages) = await BoardApi.PipelineAsync(director);
        var company = await BoardApi.CompanyAsync(anna, CrmApi.Unique("ООО Имена"));
        var won = await BoardApi.DealAsync(anna, company, pipeline, stages["Договор"], 500m, "Выиграна Анной");
        (await anna.PostAsync($"/api/crm/deals/{won}/win", null)).EnsureSuccessStatusCode();
        await BoardApi.DealAsync(anna, company, pipeline, stages["Заявка"], 100m, "Открыта Анной");

        var name = CrmApi.Unique("Анна Петрова");
        await IdentityEvents.RenameAsync(host, annaId, annaLogin, name, ["sales"]);

        var ranking = await Eventually.Until(() => RankingAsync(director, pipeline),
            r => r.Any(i => i.GetProperty("ownerName").GetString() == name), what: "the new name in the ranking");
        ranking.Single().GetProperty("ownerId").GetGuid().ShouldBe(annaId);

        var csv = Encoding.UTF8.GetString(await director.GetByteArrayAsync($"/api/crm/deals/export?format=csv&pipelineId={pipeline}&sorting=title"));
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].Split(';').ShouldContain("Ответственный");
        lines[0].ShouldNotContain("(id)");
        lines.Skip(1).ShouldAllBe(l => l.Contains($";{name};"));
        csv.ShouldNotContain(annaId.ToString());
        lines[1].ShouldContain(";Выиграна;");
        lines[2].ShouldContain(";Открыта;");

        var card = (await BoardCardsAsync(director, pipeline)).Single(d => d.GetProperty("title").GetString() == "Открыта Анной");
        card.GetProperty("ownerName").GetString().ShouldBe(name);
        (await Json(await anna.GetAsync($"/api/crm/deals/{won}"))).GetProperty("ownerName").GetString().ShouldBe(name);
        (await Json(await anna.GetAsync($"/api/crm/companies/{company}"))).GetProperty("ownerName").GetString().ShouldBe(name);
    }

    [Fact]
    public async Task Should_Export_Owners_And_Statuses_In_The_Language_Of_The_Request()
    {
        var (anna, annaId, annaLogin) = await SalesAsync();
        var company = await CrmApi.CompanyAsync(anna, CrmApi.Unique("ООО Язык"));
        await CrmApi.DealAsync(anna, company, "Сделка на английском");
        var name = CrmApi.Unique("Anna Smith");
        await IdentityEvents.RenameAsync(host, annaId, annaLogin, name, ["sales"]);
        await Eventually.Until(async () => (await Json(await anna.GetAsync($"/api/crm/companies/{company}"))).GetProperty("ownerName").GetString() == name,
            what: "the new name");

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/crm/deals/export?format=csv&companyId={company}");
        request.Headers.AcceptLanguage.ParseAdd("en");
        var csv = await (await anna.SendAsync(request)).Content.ReadAsStringAsync();
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldContain("Owner");
        lines[1].ShouldContain($";Open;");
        lines[1].ShouldContain($";{name};");
    }

    [Fact]
    public async Task Should_Refuse_To_Give_A_Deal_To_An_Unknown_Or_Disabled_User()
    {
        var (director, _) = await host.UserAsync("director");
        var (_, borisId, borisLogin) = await SalesAsync();
        var company = await CrmApi.CompanyAsync(director);

        var unknown = await director.PostAsJsonAsync("/api/crm/deals", new { title = "Никому", companyId = company, ownerId = Guid.NewGuid() });
        await ShouldBeRefused(unknown, "Crm.OwnerUnknown");

        var deal = await CrmApi.DealAsync(director, company, "Борису", new { ownerId = borisId });
        deal.GetProperty("ownerId").GetGuid().ShouldBe(borisId);

        await IdentityEvents.DisableAsync(host, borisId, borisLogin, borisLogin, ["sales"]);
        await Eventually.Until(async () => (await director.PostAsJsonAsync("/api/crm/deals",
                new { title = "Отключённому", companyId = company, ownerId = borisId })).StatusCode == HttpStatusCode.Conflict,
            what: "the disabled user to be refused");
        await ShouldBeRefused(await director.PostAsJsonAsync("/api/crm/deals", new { title = "Отключённому", companyId = company, ownerId = borisId }),
            "Crm.OwnerInactive");
        var other = await CrmApi.DealAsync(director, company, "Другая");
        await ShouldBeRefused(await director.PutAsJsonAsync($"/api/crm/deals/{other.GetProperty("id").GetGuid()}",
            new { title = "Другая", companyId = company, ownerId = borisId }), "Crm.OwnerInactive");
        await ShouldBeRefused(await director.PostAsJsonAsync("/api/crm/companies", new { name = CrmApi.Unique("ООО Никому"), ownerId = borisId }),
            "Crm.OwnerInactive");
    }

    [Fact]
    public async Task Should_Refuse_A_Web_Form_Owner_Or_Round_Robin_Member_Who_Is_Not_An_Active_User()
    {
        var admin = await host.AdminAsync();
        var (_, activeId, _) = await SalesAsync();
        var (_, leftId, leftLogin) = await SalesAsync();
        await IdentityEvents.DisableAsync(host, leftId, leftLogin, leftLogin, ["sales"]);
        await Eventually.Until(async () => (await admin.PostAsJsonAsync("/api/crm/web-forms", new { name = CrmApi.Unique("Форма"), ownerId = leftId }))
            .StatusCode == HttpStatusCode.Conflict, what: "the disabled owner to be refused");

        await ShouldBeRefused(await admin.PostAsJsonAsync("/api/crm/web-forms", new { name = CrmApi.Unique("Форма"), ownerId = Guid.NewGuid() }),
            "Crm.OwnerUnknown");
        await ShouldBeRefused(await admin.PostAsJsonAsync("/api/crm/web-forms", new
        {
            name = CrmApi.Unique("Очередь"), ownerId = activeId, assignment = "roundRobin", roundRobinUserIds = new[] { activeId, leftId },
        }), "Crm.OwnerInactive");
        var created = await admin.PostAsJsonAsync("/api/crm/web-forms", new
        {
            name = CrmApi.Unique("Очередь"), ownerId = activeId, assignment = "roundRobin", roundRobinUserIds = new[] { activeId },
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var form = await Json(created);
        await ShouldBeRefused(await admin.PutAsJsonAsync($"/api/crm/web-forms/{form.GetProperty("id").GetGuid()}", new
        {
            name = form.GetProperty("name").GetString(), ownerId = leftId,
        }), "Crm.OwnerInactive");
    }

    [Fact]
    public async Task Should_Offer_Only_Active_Sales_Managers_And_Directors_As_Owners_Searched_By_Name()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var (director, directorId) = await host.UserAsync("director", $"dir-{marker}");
        var (_, salesId, salesLogin) = await SalesAsync();
        var (_, leftId, leftLogin) = await SalesAsync();
        var (_, warehouseId) = await host.UserAsync("warehouse", $"wh-{marker}");
        var (_, accountantId) = await host.UserAsync("accountant", $"acc-{marker}");
        await IdentityEvents.RenameAsync(host, salesId, salesLogin, $"Зоя Выборова {marker}", ["sales"]);
        await IdentityEvents.RenameAsync(host, directorId, $"dir-{marker}", $"Борис Главный {marker}", ["director"]);
        await IdentityEvents.RenameAsync(host, warehouseId, $"wh-{marker}", $"Кладовщик {marker}", ["warehouse"]);
        await IdentityEvents.RenameAsync(host, accountantId, $"acc-{marker}", $"Бухгалтер {marker}", ["accountant"]);
        await IdentityEvents.DisableAsync(host, leftId, leftLogin, $"Ушедший {marker}", ["sales"]);

        var owners = await Eventually.Until(() => OwnersAsync(director, marker),
            o => o.Count == 2, what: "the two owners among the marked users");
        owners.Select(o => o.GetProperty("fullName").GetString()).ShouldBe([$"Борис Главный {marker}", $"Зоя Выборова {marker}"]);
        owners.Select(o => o.GetProperty("id").GetGuid()).ShouldBe([directorId, salesId]);
        owners[1].GetProperty("userName").GetString().ShouldBe(salesLogin);

        (await OwnersAsync(director, $"выборова {marker}")).Select(o => o.GetProperty("id").GetGuid()).ShouldBe([salesId]);
        (await OwnersAsync(director, $"кладовщик {marker}")).ShouldBeEmpty();
        (await OwnersAsync(director, $"ушедший {marker}")).ShouldBeEmpty();
        var paged = await Json(await director.GetAsync($"/api/crm/owners?filter={marker}&maxResultCount=1"));
        paged.GetProperty("totalCount").GetInt64().ShouldBe(2);
        paged.GetProperty("items").GetArrayLength().ShouldBe(1);
        (await host.Anonymous().GetAsync("/api/crm/owners")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_Keep_Showing_A_Disabled_Users_Name_On_Their_Old_Records_And_Comments()
    {
        var (director, _) = await host.UserAsync("director");
        var (anna, annaId, annaLogin) = await SalesAsync();
        var company = await CrmApi.CompanyAsync(anna, CrmApi.Unique("ООО Архив"));
        var deal = (await CrmApi.DealAsync(anna, company, "Старая сделка")).GetProperty("id").GetGuid();
        (await anna.PostAsJsonAsync("/api/crm/timeline/comments", new { entityType = "deal", entityId = deal, text = "Позвонить в понедельник" }))
            .EnsureSuccessStatusCode();
        var name = CrmApi.Unique("Анна Уволенная");
        await IdentityEvents.DisableAsync(host, annaId, annaLogin, name, ["sales"]);

        await Eventually.Until(async () => (await Json(await director.GetAsync($"/api/crm/deals/{deal}"))).GetProperty("ownerName").GetString() == name,
            what: "the disabled user's name on the deal");
        var list = await Json(await director.GetAsync($"/api/crm/deals?companyId={company}"));
        list.GetProperty("items")[0].GetProperty("ownerName").GetString().ShouldBe(name);
        var timeline = await Json(await director.GetAsync($"/api/crm/timeline?entityType=deal&entityId={deal}"));
        var comment = timeline.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("kind").GetString() == "comment");
        comment.GetProperty("userId").GetGuid().ShouldBe(annaId);
        comment.GetProperty("userFullName").GetString().ShouldBe(name);
        (await OwnersAsync(director, name)).ShouldBeEmpty();
    }

    private async Task<(HttpClient Client, Guid Id, string Login)> SalesAsync()
    {
        var login = $"sales-{Guid.NewGuid():N}"[..20];
        var (client, id) = await host.UserAsync("sales", login);
        return (client, id, login);
    }

    private static async Task<List<JsonElement>> RankingAsync(HttpClient client, Guid pipeline) =>
        (await Json(await client.GetAsync($"/api/crm/reports/manager-ranking?pipelineId={pipeline}"))).GetProperty("items").EnumerateArray().ToList();

    private static async Task<List<JsonElement>> BoardCardsAsync(HttpClient client, Guid pipeline) =>
        (await Json(await client.GetAsync($"/api/crm/deals/board?pipelineId={pipeline}"))).GetProperty("columns").EnumerateArray()
        .SelectMany(c => c.GetProperty("deals").EnumerateArray()).ToList();

    private static async Task<List<JsonElement>> OwnersAsync(HttpClient client, string filter)
    {
        var response = await client.GetAsync($"/api/crm/owners?filter={Uri.EscapeDataString(filter)}&maxResultCount=100");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await Json(response)).GetProperty("items").EnumerateArray().ToList();
    }

    private static async Task ShouldBeRefused(HttpResponseMessage response, string code)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Conflict, await response.Content.ReadAsStringAsync());
        (await Json(response)).GetProperty("code").GetString().ShouldBe(code);
    }
}

public sealed class PeopleCopyTestsOnSqlite(SqliteHost host) : PeopleCopyTests(host), IClassFixture<SqliteHost>;

public sealed class PeopleCopyTestsOnPostgreSql(PostgreSqlHost host) : PeopleCopyTests(host), IClassFixture<PostgreSqlHost>;
