using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Suite.Framework.Data;
using Suite.TestBase;
using Xunit;
using static Suite.Crm.Tests.LeadApiTests;
using static Suite.TestBase.ResponseJson;

namespace Suite.Crm.Tests;

/// <summary>Web forms: what an administrator sets up and what an anonymous visitor's submission turns into.</summary>
public abstract class WebFormApiTests(SuiteHost host)
{
    [Fact]
    public async Task Should_Give_Each_Form_Its_Own_Unguessable_Url_Safe_Key_And_Let_Only_Directors_Manage_Forms()
    {
        var director = (await host.UserAsync("director")).Client;
        var first = await FormAsync(director, new { name = CrmApi.Unique("Заказ звонка") });
        var second = await FormAsync(director, new { name = CrmApi.Unique("Заказ замера") });

        var key = first.GetProperty("formKey").GetString()!;
        key.Length.ShouldBeGreaterThanOrEqualTo(22);
        key.ShouldAllBe(c => char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_');
        key.ShouldNotBe(second.GetProperty("formKey").GetString());
        first.GetProperty("submitUrl").GetString().ShouldBe($"/api/crm/web-forms/{key}/submit");
        first.GetProperty("isActive").GetBoolean().ShouldBeTrue();
        first.GetProperty("assignment").GetString().ShouldBe("owner");
        first.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString())
            .ShouldBe(["name", "phone", "email", "companyName", "comment"]);

        var (sales, _) = await host.UserAsync("sales");
        (await sales.GetAsync("/api/crm/web-forms")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await sales.PostAsJsonAsync("/api/crm/web-forms", new { name = "Своя форма" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await host.Anonymous().GetAsync("/api/crm/web-forms")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_Refuse_Forms_That_Cannot_Reach_The_Visitor_Or_Have_Nobody_To_Take_Turns()
    {
        var admin = await host.AdminAsync();
        await ShouldBeInvalid(await admin.PostAsJsonAsync("/api/crm/web-forms", new { name = "" }), "name");
        await ShouldBeInvalid(await admin.PostAsJsonAsync("/api/crm/web-forms", new
        {
            name = "Без связи", fields = new[] { new { name = "name", shown = true, required = true } },
        }), "fields");
        await ShouldBeInvalid(await admin.PostAsJsonAsync("/api/crm/web-forms", new
        {
            name = "Лишнее поле", fields = new[] { new { name = "phone", shown = true, required = true }, new { name = "passport", shown = true, required = false } },
        }), "fields[1].name");
        await ShouldBeInvalid(await admin.PostAsJsonAsync("/api/crm/web-forms", new { name = "Очередь", assignment = "roundRobin" }), "roundRobinUserIds");
    }

    [Fact]
    public async Task Should_Turn_An_Anonymous_Submission_Into_A_Lead_Of_The_Forms_Owner_With_Its_Source()
    {
        var admin = await host.AdminAsync();
        var (owner, ownerId) = await host.UserAsync("sales");
        var (other, _) = await host.UserAsync("sales");
        var source = await SourceAsync(admin);
        var form = await FormAsync(admin, new { name = CrmApi.Unique("Заявка с сайта"), ownerId, sourceId = source, successMessage = "Спасибо, перезвоним за 15 минут" });
        var formId = form.GetProperty("id").GetGuid();

        var submitted = await host.Anonymous().PostAsJsonAsync(form.GetProperty("submitUrl").GetString(), new
        {
            name = "Посетитель Сайта", phone = "+7 (900) 555-44-33", email = "Guest@Mail.RU", comment = "Нужны окна", companyName = "скрытое поле",
        });

        submitted.StatusCode.ShouldBe(HttpStatusCode.Accepted, await submitted.Content.ReadAsStringAsync());
        (await Json(submitted)).GetProperty("message").GetString().ShouldBe("Спасибо, перезвоним за 15 минут");
        var leads = await Json(await owner.GetAsync($"/api/crm/leads?webFormId={formId}"));
        leads.GetProperty("totalCount").GetInt64().ShouldBe(1);
        var lead = leads.GetProperty("items")[0];
        lead.GetProperty("ownerId").GetGuid().ShouldBe(ownerId);
        lead.GetProperty("sourceId").GetGuid().ShouldBe(source);
        lead.GetProperty("webFormId").GetGuid().ShouldBe(formId);
        lead.GetProperty("status").GetString().ShouldBe("new");
        lead.GetProperty("name").GetString().ShouldBe("Посетитель Сайта");
        lead.GetProperty("email").GetString().ShouldBe("guest@mail.ru");
        lead.GetProperty("comment").GetString().ShouldBe("Нужны окна");
        lead.GetProperty("companyName").ValueKind.ShouldBe(JsonValueKind.Null); // the form does not show that field

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Data.CrmDbContext>();
            var created = (await db.OutboxMessages.Where(m => m.EventName == "Crm.Lead.Created").ToListAsync())
                .Select(m => JsonDocument.Parse(m.Payload).RootElement)
                .Where(p => p.GetProperty("leadId").GetGuid() == lead.GetProperty("id").GetGuid())
                .ShouldHaveSingleItem();
            created.GetProperty("webFormId").GetGuid().ShouldBe(formId);
            created.GetProperty("sourceId").GetGuid().ShouldBe(source);
            created.GetProperty("ownerId").GetGuid().ShouldBe(ownerId);
            created.GetProperty("changedBy").ValueKind.ShouldBe(JsonValueKind.Null); // nobody signed in: a visitor sent it
        }

        (await Json(await other.GetAsync($"/api/crm/leads?webFormId={formId}"))).GetProperty("totalCount").GetInt64().ShouldBe(0);
        (await other.GetAsync($"/api/crm/leads/{lead.GetProperty("id").GetGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_Hand_Leads_To_The_Chosen_Users_In_Turn()
    {
        var admin = await host.AdminAsync();
        var (_, first) = await host.UserAsync("sales");
        var (_, second) = await host.UserAsync("sales");
        var form = await FormAsync(admin, new { name = CrmApi.Unique("По очереди"), assignment = "roundRobin", roundRobinUserIds = new[] { first, second } });
        var anonymous = host.Anonymous();

        for (var i = 0; i < 5; i++)
            (await anonymous.PostAsJsonAsync(form.GetProperty("submitUrl").GetString(), new { name = $"Гость {i}", phone = $"+7 900 000-00-0{i}" }))
                .StatusCode.ShouldBe(HttpStatusCode.Accepted);

        var owners = await OwnersByNameAsync(admin, form);
        owners.ShouldBe([first, second, first, second, first]);
    }

    [Fact]
    public async Task Should_Not_Give_Anyone_Two_Turns_When_Visitors_Submit_At_Once()
    {
        var admin = await host.AdminAsync();
        var (_, first) = await host.UserAsync("sales");
        var (_, second) = await host.UserAsync("sales");
        var form = await FormAsync(admin, new { name = CrmApi.Unique("Наплыв"), assignment = "roundRobin", roundRobinUserIds = new[] { first, second } });

        var statuses = await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
            (await host.Anonymous().PostAsJsonAsync(form.GetProperty("submitUrl").GetString(), new { name = $"Гость {i}", email = $"g{i}@x.ru" })).StatusCode));

        statuses.ShouldAllBe(s => s == HttpStatusCode.Accepted);
        var owners = await OwnersByNameAsync(admin, form);
        owners.Count(o => o == first).ShouldBe(4);
        owners.Count(o => o == second).ShouldBe(4);
    }

    [Fact]
    public async Task Should_Answer_A_Filled_Honeypot_As_Accepted_And_Create_Nothing()
    {
        var admin = await host.AdminAsync();
        var form = await FormAsync(admin, new { name = CrmApi.Unique("Ловушка") });

        var robot = await host.Anonymous().PostAsJsonAsync(form.GetProperty("submitUrl").GetString(), new
        {
            name = "Robot", email = "robot@spam.example", website = "http://spam.example",
        });

        robot.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await Json(robot)).GetProperty("message").GetString().ShouldNotBeNullOrEmpty();
        (await Json(await admin.GetAsync($"/api/crm/leads?webFormId={form.GetProperty("id").GetGuid()}"))).GetProperty("totalCount").GetInt64().ShouldBe(0);
    }

    [Fact]
    public async Task Should_Answer_404_To_An_Unknown_Or_Inactive_Form()
    {
        var admin = await host.AdminAsync();
        var anonymous = host.Anonymous();
        (await anonymous.PostAsJsonAsync("/api/crm/web-forms/no-such-key/submit", new { name = "Гость", phone = "+7 900 1234567" }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var form = await FormAsync(admin, new { name = CrmApi.Unique("Выключенная") });
        var updated = await admin.PutAsJsonAsync($"/api/crm/web-forms/{form.GetProperty("id").GetGuid()}", new
        {
            name = form.GetProperty("name").GetString(), isActive = false, concurrencyStamp = form.GetProperty("concurrencyStamp").GetString(),
        });
        updated.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Json(updated)).GetProperty("formKey").GetString().ShouldBe(form.GetProperty("formKey").GetString());
        (await anonymous.PostAsJsonAsync(form.GetProperty("submitUrl").GetString(), new { name = "Гость", phone = "+7 900 1234567" }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_Refuse_Submissions_Without_What_The_Form_Requires()
    {
        var admin = await host.AdminAsync();
        var form = await FormAsync(admin, new
        {
            name = CrmApi.Unique("Строгая"),
            fields = new[]
            {
                new { name = "name", shown = true, required = true },
                new { name = "phone", shown = true, required = false },
                new { name = "email", shown = true, required = false },
                new { name = "companyName", shown = true, required = true },
            },
        });
        var url = form.GetProperty("submitUrl").GetString();
        var anonymous = host.Anonymous();

        await ShouldBeInvalid(await anonymous.PostAsJsonAsync(url, new { name = "Гость", companyName = "ООО" }), "phone");
        await ShouldBeInvalid(await anonymous.PostAsJsonAsync(url, new { name = "Гость", phone = "+7 900 1234567" }), "companyName");
        await ShouldBeInvalid(await anonymous.PostAsJsonAsync(url, new { name = "Гость", companyName = "ООО", email = "не почта" }), "email");
        await ShouldBeInvalid(await anonymous.PostAsJsonAsync(url, new { name = new string('я', 201), companyName = "ООО", phone = "+7 900 1234567" }), "name");
        (await anonymous.PostAsync(url, new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(await admin.GetAsync($"/api/crm/leads?webFormId={form.GetProperty("id").GetGuid()}"))).GetProperty("totalCount").GetInt64().ShouldBe(0);

        (await anonymous.PostAsJsonAsync(url, new { name = "Гость", companyName = "ООО", email = "guest@x.ru" })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
    }

    [Fact]
    public async Task Should_Let_Any_Website_Post_To_The_Submit_Url_Across_Origins()
    {
        var form = await FormAsync(await host.AdminAsync(), new { name = CrmApi.Unique("С чужого сайта") });
        var url = form.GetProperty("submitUrl").GetString();
        var anonymous = host.Anonymous();

        var preflight = new HttpRequestMessage(HttpMethod.Options, url);
        preflight.Headers.Add("Origin", "https://okna.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type");
        var allowed = await anonymous.SendAsync(preflight);
        allowed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        allowed.Headers.GetValues("Access-Control-Allow-Origin").ShouldBe(["*"]);

        var post = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(new { name = "Гость", phone = "+7 900 1234567" }) };
        post.Headers.Add("Origin", "https://okna.example");
        var answer = await anonymous.SendAsync(post);
        answer.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        answer.Headers.GetValues("Access-Control-Allow-Origin").ShouldBe(["*"]);

        // Only the submission is open to other origins: the API itself is not.
        var other = new HttpRequestMessage(HttpMethod.Options, "/api/crm/leads");
        other.Headers.Add("Origin", "https://okna.example");
        other.Headers.Add("Access-Control-Request-Method", "GET");
        (await anonymous.SendAsync(other)).Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
    }

    internal static async Task<JsonElement> FormAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/crm/web-forms", body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await Json(response);
    }

    /// <summary>The owners of the form's leads in the order they arrived (the visitors are named in that order).</summary>
    private static async Task<List<Guid>> OwnersByNameAsync(HttpClient admin, JsonElement form)
    {
        var leads = await Json(await admin.GetAsync($"/api/crm/leads?webFormId={form.GetProperty("id").GetGuid()}&sorting=createdAt&maxResultCount=100"));
        return leads.GetProperty("items").EnumerateArray().Select(l => l.GetProperty("ownerId").GetGuid()).ToList();
    }
}

/// <summary>Every submission of these tests comes from the same test address, so the per-address limit is lifted.</summary>
public sealed class UnthrottledSqliteHost : SuiteHost
{
    public UnthrottledSqliteHost() : base(DatabaseProvider.Sqlite) => With("Crm:WebForms:SubmitsPerMinute", "100000");
}

public sealed class UnthrottledPostgreSqlHost : SuiteHost
{
    public UnthrottledPostgreSqlHost() : base(DatabaseProvider.PostgreSql) => With("Crm:WebForms:SubmitsPerMinute", "100000");
}

public sealed class WebFormApiTestsOnSqlite(UnthrottledSqliteHost host) : WebFormApiTests(host), IClassFixture<UnthrottledSqliteHost>;

public sealed class WebFormApiTestsOnPostgreSql(UnthrottledPostgreSqlHost host) : WebFormApiTests(host), IClassFixture<UnthrottledPostgreSqlHost>;

public sealed class WebFormThrottledHost : SuiteHost
{
    public WebFormThrottledHost() : base(DatabaseProvider.Sqlite) => With("Crm:WebForms:SubmitsPerMinute", "3");
}

public sealed class WebFormThrottleTests(WebFormThrottledHost host) : IClassFixture<WebFormThrottledHost>
{
    [Fact]
    public async Task Should_Answer_429_To_A_Burst_Of_Submissions_From_One_Address()
    {
        var form = await WebFormApiTests.FormAsync(await host.AdminAsync(), new { name = "Форма" });
        var anonymous = host.Anonymous();
        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++)
            responses.Add(await anonymous.PostAsJsonAsync(form.GetProperty("submitUrl").GetString(), new { name = $"Гость {i}", phone = "+7 900 1234567" }));

        responses.Take(3).ShouldAllBe(r => r.StatusCode == HttpStatusCode.Accepted);
        responses.Skip(3).ShouldAllBe(r => r.StatusCode == HttpStatusCode.TooManyRequests);
        responses[4].Headers.RetryAfter.ShouldNotBeNull();
        (await Json(responses[4])).GetProperty("status").GetInt32().ShouldBe(429);
        (await Json(await (await host.AdminAsync()).GetAsync($"/api/crm/leads?webFormId={form.GetProperty("id").GetGuid()}")))
            .GetProperty("totalCount").GetInt64().ShouldBe(3);
    }
}
