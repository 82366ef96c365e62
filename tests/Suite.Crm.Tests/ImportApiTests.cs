using Suite.Framework.Requisites;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MiniExcelLibs;
using Shouldly;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Crm.Tests;

/// <summary>Loading companies and contacts from CSV and XLSX: preview, mapping, per-row errors and duplicate handling.</summary>
public abstract class ImportApiTests(SuiteHost host)
{
    private static int _taxIdSeed = Random.Shared.Next(500_000_000, 600_000_000);

    private static string NewTaxId() => TaxId.Complete(Interlocked.Increment(ref _taxIdSeed).ToString("D9"));

    private static readonly Encoding Windows1251 = CodePagesEncodingProvider.Instance.GetEncoding(1251)!;

    private static async Task<JsonElement> UploadAsync(HttpClient client, string target, string fileName, byte[] content)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(content), "file", fileName);
        var response = await client.PostAsync($"/api/crm/imports?target={target}", form);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await Json(response);
    }

    private static async Task<JsonElement> RunAsync(HttpClient client, Guid id, object mapping, string duplicates)
    {
        var started = await client.PostAsJsonAsync($"/api/crm/imports/{id}/run", new { mapping, duplicates });
        started.StatusCode.ShouldBe(HttpStatusCode.Accepted, await started.Content.ReadAsStringAsync());
        return await Eventually.Until(async () => await Json(await client.GetAsync($"/api/crm/imports/{id}")),
            job => job.GetProperty("status").GetString() is "completed" or "failed", TimeSpan.FromSeconds(60), "the import to finish");
    }

    private static List<(int Row, string Field)> Errors(JsonElement job) =>
        job.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("field").GetString()!)).ToList();

    [Fact]
    public async Task Should_Import_The_Good_Rows_Of_A_Cp1251_Csv_And_List_The_Bad_Ones()
    {
        var (sales, salesId) = await host.UserAsync("sales");
        var marker = Guid.NewGuid().ToString("N")[..6];
        var goodTaxId = NewTaxId();
        var csv = string.Join("\r\n",
            "Наименование;ИНН;Телефон;E-mail;Теги;Примечание",
            $"ООО «Первая {marker}»;{goodTaxId};8 (495) 100-00-01;first@example.ru;опт, vip;x",
            $";{NewTaxId()};;;;пустое название",
            $"ООО «Третья {marker}»;1234567890;;;;неверный ИНН",
            $"\"ООО \"\"Четвёртая; {marker}\"\"\";;;not-an-email;;",
            $"ООО «Пятая {marker}»;;;;;");
        var preview = await UploadAsync(sales, "company", "clients.csv", Windows1251.GetBytes(csv));

        preview.GetProperty("columns").EnumerateArray().Select(c => c.GetString()).ShouldBe(["Наименование", "ИНН", "Телефон", "E-mail", "Теги", "Примечание"]);
        preview.GetProperty("total").GetInt32().ShouldBe(5);
        preview.GetProperty("rows")[0].EnumerateArray().Select(c => c.GetString()).First().ShouldBe($"ООО «Первая {marker}»");
        preview.GetProperty("rows")[3][0].GetString().ShouldBe($"ООО \"Четвёртая; {marker}\"");
        var suggested = preview.GetProperty("suggestedMapping").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());
        suggested.ShouldBe(new Dictionary<string, string?> { ["Наименование"] = "name", ["ИНН"] = "taxId", ["Телефон"] = "phone", ["E-mail"] = "email", ["Теги"] = "tags" });

        var job = await RunAsync(sales, preview.GetProperty("id").GetGuid(), suggested, "skip");

        job.GetProperty("status").GetString().ShouldBe("completed");
        job.GetProperty("total").GetInt32().ShouldBe(5);
        job.GetProperty("processed").GetInt32().ShouldBe(5);
        job.GetProperty("created").GetInt32().ShouldBe(2);
        job.GetProperty("errorCount").GetInt32().ShouldBe(3);
        Errors(job).ShouldBe([(3, "name"), (4, "taxId"), (5, "email")]);
        job.GetProperty("errors")[0].GetProperty("message").GetString().ShouldNotBeNullOrWhiteSpace();

        var imported = await Json(await sales.GetAsync($"/api/crm/companies?filter={marker}&sorting=name"));
        imported.GetProperty("totalCount").GetInt64().ShouldBe(2);
        var first = imported.GetProperty("items")[0];
        first.GetProperty("taxId").GetString().ShouldBe(goodTaxId);
        first.GetProperty("phone").GetString().ShouldBe("8 (495) 100-00-01");
        first.GetProperty("ownerId").GetGuid().ShouldBe(salesId);
        first.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ShouldBe(["опт", "vip"]);
    }

    [Fact]
    public async Task Should_Skip_Update_Or_Create_Rows_That_Match_An_Existing_Card()
    {
        var (sales, _) = await host.UserAsync("sales");
        var taxId = NewTaxId();
        var marker = Guid.NewGuid().ToString("N")[..6];
        var existing = await Json(await sales.PostAsJsonAsync("/api/crm/companies", new { name = $"Старое имя {marker}", taxId, address = "Тула" }));
        var existingId = existing.GetProperty("id").GetGuid();
        var csv = Encoding.UTF8.GetBytes($"name,taxId,website\r\nНовое имя {marker},{taxId},example.ru\r\n");
        var mapping = new Dictionary<string, string> { ["name"] = "name", ["taxId"] = "taxId", ["website"] = "website" };

        var skipped = await RunAsync(sales, (await UploadAsync(sales, "company", "a.csv", csv)).GetProperty("id").GetGuid(), mapping, "skip");
        (skipped.GetProperty("skipped").GetInt32(), skipped.GetProperty("created").GetInt32(), skipped.GetProperty("updated").GetInt32()).ShouldBe((1, 0, 0));
        (await Json(await sales.GetAsync($"/api/crm/companies/{existingId}"))).GetProperty("name").GetString().ShouldBe($"Старое имя {marker}");

        var updated = await RunAsync(sales, (await UploadAsync(sales, "company", "b.csv", csv)).GetProperty("id").GetGuid(), mapping, "update");
        (updated.GetProperty("skipped").GetInt32(), updated.GetProperty("created").GetInt32(), updated.GetProperty("updated").GetInt32()).ShouldBe((0, 0, 1));
        var card = await Json(await sales.GetAsync($"/api/crm/companies/{existingId}"));
        card.GetProperty("name").GetString().ShouldBe($"Новое имя {marker}");
        card.GetProperty("website").GetString().ShouldBe("example.ru");
        card.GetProperty("address").GetString().ShouldBe("Тула"); // not in the file: kept

        // "Create" makes a new card even for a duplicate; only the unique tax id still refuses it, as the form does.
        var sameTaxId = await RunAsync(sales, (await UploadAsync(sales, "company", "c.csv", csv)).GetProperty("id").GetGuid(), mapping, "create");
        sameTaxId.GetProperty("created").GetInt32().ShouldBe(0);
        Errors(sameTaxId).ShouldBe([(2, "taxId")]);
        var byPhone = Encoding.UTF8.GetBytes($"name;phone\nКопия {marker};+7 495 765-00-{Random.Shared.Next(10, 99)}\n");
        var phoneMapping = new Dictionary<string, string> { ["name"] = "name", ["phone"] = "phone" };
        (await RunAsync(sales, (await UploadAsync(sales, "company", "d.csv", byPhone)).GetProperty("id").GetGuid(), phoneMapping, "create"))
            .GetProperty("created").GetInt32().ShouldBe(1);
        var twice = await RunAsync(sales, (await UploadAsync(sales, "company", "e.csv", byPhone)).GetProperty("id").GetGuid(), phoneMapping, "create");
        twice.GetProperty("created").GetInt32().ShouldBe(1);
        (await Json(await sales.GetAsync($"/api/crm/companies?filter=Копия {marker}"))).GetProperty("totalCount").GetInt64().ShouldBe(2);
    }

    [Fact]
    public async Task Should_Treat_A_Row_Repeating_An_Earlier_Row_Of_The_File_As_A_Duplicate()
    {
        var (sales, _) = await host.UserAsync("sales");
        var marker = Guid.NewGuid().ToString("N")[..6];
        var taxId = NewTaxId();
        var phone = $"+7 916 {Random.Shared.Next(100, 999)}-{Random.Shared.Next(10, 99)}-{Random.Shared.Next(10, 99)}";
        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        var csv = Encoding.UTF8.GetBytes(string.Join("\n",
            "name;taxId;phone",
            $"Раз {marker};{taxId};{phone}",
            $"Два {marker};;8{digits[1..]}",
            $"Три {marker};{taxId};",
            $"Четыре {marker};;"));
        var mapping = new Dictionary<string, string> { ["name"] = "name", ["taxId"] = "taxId", ["phone"] = "phone" };

        var skip = await RunAsync(sales, (await UploadAsync(sales, "company", "dup.csv", csv)).GetProperty("id").GetGuid(), mapping, "skip");
        (skip.GetProperty("created").GetInt32(), skip.GetProperty("skipped").GetInt32()).ShouldBe((2, 2));

        var create = await RunAsync(sales, (await UploadAsync(sales, "company", "dup2.csv", csv)).GetProperty("id").GetGuid(), mapping, "create");
        // Rows 2 and 4 repeat the tax id already imported; rows 3 and 5 have none, so "create" adds them again.
        create.GetProperty("created").GetInt32().ShouldBe(2);
        Errors(create).ShouldBe([(2, "taxId"), (4, "taxId")]);
        (await Json(await sales.GetAsync($"/api/crm/companies?filter={marker}"))).GetProperty("totalCount").GetInt64().ShouldBe(4);
    }

    [Fact]
    public async Task Should_Import_Contacts_From_Xlsx_Linked_To_Their_Company()
    {
        var (sales, _) = await host.UserAsync("sales");
        var marker = Guid.NewGuid().ToString("N")[..6];
        var company = await CrmApi.CompanyAsync(sales, $"ООО «Связь {marker}»");
        var key = "birthday" + marker;
        var admin = await host.AdminAsync();
        (await admin.PostAsJsonAsync("/api/crm/custom-fields", new { entityType = "contact", key, label = "День рождения", type = "date" })).EnsureSuccessStatusCode();
        using var xlsx = new MemoryStream();
        await xlsx.SaveAsAsync(new[]
        {
            new Dictionary<string, object?> { ["Имя"] = "Анна", ["Фамилия"] = marker, ["Телефон"] = "+7 912 000-11-22, 8 912 000-11-23", ["Компания"] = $"ООО «Связь {marker}»", ["День рождения"] = new DateTime(1990, 5, 17) },
            new Dictionary<string, object?> { ["Имя"] = "Борис", ["Фамилия"] = marker, ["Телефон"] = null, ["Компания"] = "Нет такой", ["День рождения"] = null },
            new Dictionary<string, object?> { ["Имя"] = "Вера", ["Фамилия"] = marker, ["Телефон"] = 79120001124d, ["Компания"] = null, ["День рождения"] = "не дата" },
        });

        var preview = await UploadAsync(sales, "contact", "people.xlsx", xlsx.ToArray());
        preview.GetProperty("total").GetInt32().ShouldBe(3);
        var mapping = preview.GetProperty("suggestedMapping").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());
        mapping.ShouldBe(new Dictionary<string, string?>
        {
            ["Имя"] = "firstName", ["Фамилия"] = "lastName", ["Телефон"] = "phones", ["Компания"] = "companyName", ["День рождения"] = "customFields." + key,
        });
        preview.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("key").GetString()).ShouldContain("customFields." + key);

        var job = await RunAsync(sales, preview.GetProperty("id").GetGuid(), mapping, "skip");

        job.GetProperty("created").GetInt32().ShouldBe(1);
        Errors(job).ShouldBe([(3, "companyName"), (4, "customFields." + key)]);
        var anna = (await Json(await sales.GetAsync($"/api/crm/contacts?filter={marker}"))).GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        anna.GetProperty("companyId").GetGuid().ShouldBe(company);
        anna.GetProperty("phones").EnumerateArray().Select(p => p.GetString()).ShouldBe(["+7 912 000-11-22", "8 912 000-11-23"]);
        anna.GetProperty("customFields").GetProperty(key).GetString().ShouldBe("1990-05-17");
    }

    [Fact]
    public async Task Should_Refuse_A_Bad_Mapping_A_Bad_File_And_Someone_Elses_Import()
    {
        var (sales, _) = await host.UserAsync("sales");
        var preview = await UploadAsync(sales, "company", "x.csv", Encoding.UTF8.GetBytes("Название;ИНН\nООО;\n"));
        var id = preview.GetProperty("id").GetGuid();

        var noName = await sales.PostAsJsonAsync($"/api/crm/imports/{id}/run", new { mapping = new Dictionary<string, string> { ["ИНН"] = "taxId" }, duplicates = "skip" });
        noName.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(noName)).GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldBe(["mapping"]);
        (await sales.PostAsJsonAsync($"/api/crm/imports/{id}/run", new { mapping = new Dictionary<string, string> { ["Название"] = "password" } })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await sales.PostAsJsonAsync($"/api/crm/imports/{id}/run", new { mapping = new Dictionary<string, string> { ["Название"] = "name" }, duplicates = "merge" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var (other, _) = await host.UserAsync("sales");
        (await other.GetAsync($"/api/crm/imports/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.PostAsJsonAsync($"/api/crm/imports/{id}/run", new { mapping = new Dictionary<string, string> { ["Название"] = "name" } })).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        using var empty = new MultipartFormDataContent();
        empty.Add(new ByteArrayContent([0x50, 0x4B, 0x03, 0x04, 0x00]), "file", "broken.xlsx");
        (await sales.PostAsync("/api/crm/imports?target=company", empty)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var wrongTarget = new MultipartFormDataContent();
        wrongTarget.Add(new ByteArrayContent("a\n1"u8.ToArray()), "file", "a.csv");
        (await sales.PostAsync("/api/crm/imports?target=deal", wrongTarget)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var (accountant, _) = await host.UserAsync("accountant");
        (await accountant.GetAsync($"/api/crm/imports/{id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var job = await RunAsync(sales, id, new Dictionary<string, string> { ["Название"] = "name" }, "skip");
        job.GetProperty("created").GetInt32().ShouldBe(1);
        var again = await sales.PostAsJsonAsync($"/api/crm/imports/{id}/run", new { mapping = new Dictionary<string, string> { ["Название"] = "name" } });
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(again)).GetProperty("code").GetString().ShouldBe("Crm.Import.AlreadyStarted");
    }
}

public sealed class ImportApiTestsOnSqlite(SqliteHost host) : ImportApiTests(host), IClassFixture<SqliteHost>;

public sealed class ImportApiTestsOnPostgreSql(PostgreSqlHost host) : ImportApiTests(host), IClassFixture<PostgreSqlHost>;
