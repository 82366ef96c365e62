using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Crm.Tests;

/// <summary>Pipelines and their stages as the director sets them up and the sales team reads them.</summary>
public abstract class PipelineApiTests(SuiteHost host)
{
    private static object Stages(params (string Name, int Probability, string Kind)[] stages) =>
        stages.Select(s => new { name = s.Name, probability = s.Probability, kind = s.Kind }).ToArray();

    private static object ValidStages() =>
        Stages(("Заявка", 20, "open"), ("Договор", 60, "open"), ("Выиграна", 100, "won"), ("Проиграна", 0, "lost"));

    private static List<(string? Name, int Order, int Probability, string? Kind)> StagesOf(JsonElement pipeline) =>
        pipeline.GetProperty("stages").EnumerateArray()
            .Select(s => (s.GetProperty("name").GetString(), s.GetProperty("order").GetInt32(), s.GetProperty("probability").GetInt32(),
                s.GetProperty("kind").GetString()))
            .ToList();

    [Fact]
    public async Task Should_Have_The_Default_Sales_Pipeline_From_The_First_Start()
    {
        var (sales, _) = await host.UserAsync("sales");

        var pipeline = await CrmApi.DefaultPipelineAsync(sales);

        pipeline.GetProperty("name").GetString().ShouldBe("Продажи");
        StagesOf(pipeline).ShouldBe([
            ("Первый звонок", 0, 10, "open"), ("Замер", 1, 30, "open"), ("Согласование", 2, 50, "open"), ("Оплата", 3, 80, "open"),
            ("Установка", 4, 90, "open"), ("Успешно", 5, 100, "won"), ("Отказ", 6, 0, "lost"),
        ]);
    }

    [Fact]
    public async Task Should_Create_A_Pipeline_Numbering_Stages_In_The_Order_Sent()
    {
        var admin = await host.AdminAsync();
        var name = CrmApi.Unique("Монтаж");

        var created = await admin.PostAsJsonAsync("/api/crm/pipelines", new
        {
            name,
            stages = Stages(("Отказ", 40, "lost"), ("Заявка", 20, "open"), ("Выиграна", 5, "won")),
        });

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var body = await Json(created);
        created.Headers.Location!.ToString().ShouldBe($"/api/crm/pipelines/{body.GetProperty("id").GetGuid()}");
        body.GetProperty("isDefault").GetBoolean().ShouldBeFalse();
        // Won is always 100 % and lost 0 %, whatever was typed.
        StagesOf(body).ShouldBe([("Отказ", 0, 0, "lost"), ("Заявка", 1, 20, "open"), ("Выиграна", 2, 100, "won")]);
    }

    [Fact]
    public async Task Should_Refuse_A_Pipeline_That_Cannot_End()
    {
        var admin = await host.AdminAsync();

        var noWon = await admin.PostAsJsonAsync("/api/crm/pipelines", new
        {
            name = CrmApi.Unique("Без успеха"), stages = Stages(("Заявка", 20, "open"), ("Отказ", 0, "lost")),
        });
        noWon.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(noWon)).GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldBe(["stages"]);

        var twoLost = await admin.PostAsJsonAsync("/api/crm/pipelines", new
        {
            name = CrmApi.Unique("Два отказа"),
            stages = Stages(("Заявка", 20, "open"), ("Успех", 100, "won"), ("Отказ", 0, "lost"), ("Отказ 2", 0, "lost")),
        });
        twoLost.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var noOpen = await admin.PostAsJsonAsync("/api/crm/pipelines", new
        {
            name = CrmApi.Unique("Без работы"), stages = Stages(("Успех", 100, "won"), ("Отказ", 0, "lost")),
        });
        noOpen.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var bad = await admin.PostAsJsonAsync("/api/crm/pipelines", new
        {
            name = "", stages = Stages(("", 150, "open"), ("Успех", 100, "won"), ("Отказ", 0, "lost")),
        });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(bad)).GetProperty("errors").EnumerateObject().Select(p => p.Name).Order()
            .ShouldBe(["name", "stages[0].name", "stages[0].probability"]);
    }

    [Fact]
    public async Task Should_Not_Allow_Two_Pipelines_With_The_Same_Name()
    {
        var admin = await host.AdminAsync();
        var name = CrmApi.Unique("Опт");
        (await admin.PostAsJsonAsync("/api/crm/pipelines", new { name, stages = ValidStages() })).EnsureSuccessStatusCode();

        var duplicate = await admin.PostAsJsonAsync("/api/crm/pipelines", new { name = name.ToUpperInvariant(), stages = ValidStages() });

        duplicate.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(duplicate)).GetProperty("code").GetString().ShouldBe("Crm.Pipeline.DuplicateName");
    }

    [Fact]
    public async Task Should_Update_Stages_But_Not_Remove_One_That_Has_Deals()
    {
        var admin = await host.AdminAsync();
        var created = await Json(await admin.PostAsJsonAsync("/api/crm/pipelines", new { name = CrmApi.Unique("Сервис"), stages = ValidStages() }));
        var id = created.GetProperty("id").GetGuid();
        var stages = created.GetProperty("stages").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("id").GetGuid());

        // Rename and reorder kept stages, add one, drop "Договор" (no deals in it).
        var updated = await admin.PutAsJsonAsync($"/api/crm/pipelines/{id}", new
        {
            name = CrmApi.Unique("Сервис"),
            concurrencyStamp = created.GetProperty("concurrencyStamp").GetString(),
            stages = new object[]
            {
                new { name = "Новая заявка", probability = 15, kind = "open", id = stages["Заявка"] },
                new { name = "Выезд", probability = 40, kind = "open" },
                new { name = "Выиграна", probability = 100, kind = "won", id = stages["Выиграна"] },
                new { name = "Проиграна", probability = 0, kind = "lost", id = stages["Проиграна"] },
            },
        });
        updated.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await Json(updated);
        StagesOf(body).ShouldBe([("Новая заявка", 0, 15, "open"), ("Выезд", 1, 40, "open"), ("Выиграна", 2, 100, "won"), ("Проиграна", 3, 0, "lost")]);
        body.GetProperty("stages")[0].GetProperty("id").GetGuid().ShouldBe(stages["Заявка"]);

        // A deal now sits in "Выезд": removing that stage is refused, and nothing changes.
        var visit = body.GetProperty("stages")[1].GetProperty("id").GetGuid();
        await CrmApi.DealAsync(admin, await CrmApi.CompanyAsync(admin), extra: new { pipelineId = id, stageId = visit });
        var removal = await admin.PutAsJsonAsync($"/api/crm/pipelines/{id}", new
        {
            name = body.GetProperty("name").GetString(),
            stages = new object[]
            {
                new { name = "Новая заявка", probability = 15, kind = "open", id = stages["Заявка"] },
                new { name = "Выиграна", probability = 100, kind = "won", id = stages["Выиграна"] },
                new { name = "Проиграна", probability = 0, kind = "lost", id = stages["Проиграна"] },
            },
        });
        removal.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(removal)).GetProperty("code").GetString().ShouldBe("Crm.Pipeline.StageInUse");
        StagesOf(await Json(await admin.GetAsync($"/api/crm/pipelines/{id}"))).Count.ShouldBe(4);
    }

    [Fact]
    public async Task Should_Not_Delete_A_Pipeline_With_Deals_Or_The_Default_One()
    {
        var admin = await host.AdminAsync();
        var busy = (await Json(await admin.PostAsJsonAsync("/api/crm/pipelines", new { name = CrmApi.Unique("Занятая"), stages = ValidStages() })))
            .GetProperty("id").GetGuid();
        await CrmApi.DealAsync(admin, await CrmApi.CompanyAsync(admin), extra: new { pipelineId = busy });

        var deleteBusy = await admin.DeleteAsync($"/api/crm/pipelines/{busy}");
        deleteBusy.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(deleteBusy)).GetProperty("code").GetString().ShouldBe("Crm.Pipeline.InUse");

        var defaultId = (await CrmApi.DefaultPipelineAsync(admin)).GetProperty("id").GetGuid();
        var deleteDefault = await admin.DeleteAsync($"/api/crm/pipelines/{defaultId}");
        deleteDefault.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(deleteDefault)).GetProperty("code").GetString().ShouldBe("Crm.Pipeline.DefaultCannotBeDeleted");

        var empty = (await Json(await admin.PostAsJsonAsync("/api/crm/pipelines", new { name = CrmApi.Unique("Пустая"), stages = ValidStages() })))
            .GetProperty("id").GetGuid();
        (await admin.DeleteAsync($"/api/crm/pipelines/{empty}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await admin.GetAsync($"/api/crm/pipelines/{empty}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_Keep_Exactly_One_Default_Pipeline()
    {
        var admin = await host.AdminAsync();
        var previous = (await CrmApi.DefaultPipelineAsync(admin)).GetProperty("id").GetGuid();
        var created = await Json(await admin.PostAsJsonAsync("/api/crm/pipelines", new { name = CrmApi.Unique("Главная"), isDefault = true, stages = ValidStages() }));
        var id = created.GetProperty("id").GetGuid();
        try
        {
            created.GetProperty("isDefault").GetBoolean().ShouldBeTrue();
            (await CrmApi.DefaultPipelineAsync(admin)).GetProperty("id").GetGuid().ShouldBe(id);
            (await Json(await admin.GetAsync($"/api/crm/pipelines/{previous}"))).GetProperty("isDefault").GetBoolean().ShouldBeFalse();

            // A new deal without a pipeline goes to the default one.
            var deal = await CrmApi.DealAsync(admin, await CrmApi.CompanyAsync(admin));
            deal.GetProperty("pipelineId").GetGuid().ShouldBe(id);
            deal.GetProperty("stageId").GetGuid().ShouldBe(created.GetProperty("stages")[0].GetProperty("id").GetGuid());
        }
        finally
        {
            var old = await Json(await admin.GetAsync($"/api/crm/pipelines/{previous}"));
            (await admin.PutAsJsonAsync($"/api/crm/pipelines/{previous}", new
            {
                name = old.GetProperty("name").GetString(), isDefault = true,
                stages = old.GetProperty("stages").EnumerateArray().Select(s => new
                {
                    id = s.GetProperty("id").GetGuid(), name = s.GetProperty("name").GetString(),
                    probability = s.GetProperty("probability").GetInt32(), kind = s.GetProperty("kind").GetString(),
                }).ToArray(),
            })).EnsureSuccessStatusCode();
        }
    }

    [Fact]
    public async Task Should_Let_Sales_Read_Pipelines_But_Not_Change_Them()
    {
        var (sales, _) = await host.UserAsync("sales");
        (await sales.GetAsync("/api/crm/pipelines")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await sales.PostAsJsonAsync("/api/crm/pipelines", new { name = CrmApi.Unique("Своя"), stages = ValidStages() }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var (warehouse, _) = await host.UserAsync("warehouse");
        (await warehouse.GetAsync("/api/crm/pipelines")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var director = (await host.UserAsync("director")).Client;
        (await director.PostAsJsonAsync("/api/crm/pipelines", new { name = CrmApi.Unique("Директорская"), stages = ValidStages() }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
    }
}

public sealed class PipelineApiTestsOnSqlite(SqliteHost host) : PipelineApiTests(host), IClassFixture<SqliteHost>;

public sealed class PipelineApiTestsOnPostgreSql(PostgreSqlHost host) : PipelineApiTests(host), IClassFixture<PostgreSqlHost>;
