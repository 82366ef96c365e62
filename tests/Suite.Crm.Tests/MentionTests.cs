using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Suite.TestBase;
using Xunit;

namespace Suite.Crm.Tests;

/// <summary>A comment on a card tells the other modules (Notifications) whom it @mentions.</summary>
public abstract class MentionTests(SuiteHost host)
{
    [Fact]
    public async Task Should_Tell_Who_A_Comment_Mentions_By_User_Name_In_Any_Case_And_Nobody_Else()
    {
        var boris = $"boris-{Guid.NewGuid():N}"[..14];
        var (_, borisId) = await host.UserAsync("sales", boris);
        var (anna, annaId) = await host.UserAsync("sales");
        var company = await CrmApi.CompanyAsync(anna);
        var title = CrmApi.Unique("Окна в коттедж");
        var dealId = (await CrmApi.DealAsync(anna, company, title)).GetProperty("id").GetGuid();

        var text = $"@{boris.ToUpperInvariant()}, посмотри замер. Копия на ivan@example.com, @nobody-here и снова @{boris}.";
        var response = await anna.PostAsJsonAsync("/api/crm/timeline/comments", new { entityType = "deal", entityId = dealId, text });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var commentId = (await ResponseJson.Json(response)).GetProperty("id").GetGuid();
        var plain = await anna.PostAsJsonAsync("/api/crm/timeline/comments", new { entityType = "company", entityId = company, text = "Без упоминаний" });
        plain.StatusCode.ShouldBe(HttpStatusCode.Created);

        var told = await CommentsAddedAsync();
        var mention = told.Single(p => p.GetProperty("commentId").GetGuid() == commentId);
        mention.GetProperty("mentionedUserIds").EnumerateArray().Select(i => i.GetGuid()).ShouldBe([borisId]);
        mention.GetProperty("entityType").GetString().ShouldBe("deal");
        mention.GetProperty("entityId").GetGuid().ShouldBe(dealId);
        mention.GetProperty("entityTitle").GetString().ShouldBe(title);
        mention.GetProperty("text").GetString().ShouldBe(text);
        mention.GetProperty("authorId").GetGuid().ShouldBe(annaId);
        var other = told.Single(p => p.GetProperty("entityId").GetGuid() == company);
        other.GetProperty("mentionedUserIds").GetArrayLength().ShouldBe(0, "every comment is told, mentions or not");
    }

    private async Task<List<JsonElement>> CommentsAddedAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Data.CrmDbContext>();
        return (await db.OutboxMessages.Where(m => m.EventName == "Crm.Timeline.CommentAdded").ToListAsync())
            .Select(m => JsonDocument.Parse(m.Payload).RootElement.Clone()).ToList();
    }
}

public sealed class MentionTestsOnSqlite(SqliteHost host) : MentionTests(host), IClassFixture<SqliteHost>;

public sealed class MentionTestsOnPostgreSql(PostgreSqlHost host) : MentionTests(host), IClassFixture<PostgreSqlHost>;
