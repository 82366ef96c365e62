using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using MiniExcelLibs;
using Shouldly;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Crm.Tests;

/// <summary>List exports: the list's filters and record rule, formulas neutralised, CSV that Excel in a Russian locale opens.</summary>
public abstract class ExportApiTests(SuiteHost host)
{
    private const string Formula = "=HYPERLINK(\"http://evil.example\",\"Открыть\")";

    [Fact]
    public async Task Should_Export_Every_Row_Of_A_Long_List_In_A_Workbook_That_Opens()
    {
        // Imported, not created one by one: a few thousand cards through the import's set-wise path.
        var (sales, _) = await host.UserAsync("sales");
        var marker = "длинный" + Guid.NewGuid().ToString("N")[..6];
        const int count = 2_500;
        var csv = new StringBuilder("Название;Телефон\r\n");
        for (var i = 0; i < count; i++)
            csv.Append($"ООО «{marker} {i:D5}»;\r\n");
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv.ToString())), "file", "long.csv" } };
        var uploaded = await Json(await sales.PostAsync("/api/crm/imports?target=company", form));
        (await sales.PostAsJsonAsync($"/api/crm/imports/{uploaded.GetProperty("id").GetGuid()}/run",
            new { mapping = new Dictionary<string, string> { ["Название"] = "name" }, duplicates = "skip" })).EnsureSuccessStatusCode();
        await Eventually.Until(async () => await Json(await sales.GetAsync($"/api/crm/imports/{uploaded.GetProperty("id").GetGuid()}")),
            job => job.GetProperty("status").GetString() == "completed" && job.GetProperty("created").GetInt32() == count,
            TimeSpan.FromSeconds(90), "the import of the long list");

        var response = await sales.GetAsync($"/api/crm/companies/export?format=xlsx&filter={marker}&sorting=name");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var rows = new MemoryStream(await response.Content.ReadAsByteArrayAsync()).Query(useHeaderRow: true)
            .Cast<IDictionary<string, object?>>().ToList();

        rows.Select(r => r["Название"]).ShouldBe(Enumerable.Range(0, count).Select(i => (object?)$"ООО «{marker} {i:D5}»"));
    }

    [Fact]
    public async Task Should_Export_A_Company_Named_Like_A_Formula_As_Plain_Text()
    {
        var (sales, _) = await host.UserAsync("sales");
        await BoardApi.CompanyAsync(sales, Formula);

        var response = await sales.GetAsync("/api/crm/companies/export?format=xlsx&filter=hyperlink");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.Content.Headers.ContentDisposition!.FileName!.ShouldContain(".xlsx");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        var rows = new MemoryStream(bytes).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        rows.Count.ShouldBe(1);
        rows[0]["Название"].ShouldBe("'" + Formula);

        // No cell of the sheet is a formula.
        using var zip = new ZipArchive(new MemoryStream(bytes));
        var sheet = zip.Entries.Single(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal));
        using var reader = new StreamReader(sheet.Open());
        (await reader.ReadToEndAsync()).ShouldNotContain("<f>");
    }

    [Fact]
    public async Task Should_Export_Csv_In_Utf8_With_Bom_And_Semicolons_Respecting_The_Record_Rule()
    {
        var (anna, _) = await host.UserAsync("sales");
        var (boris, _) = await host.UserAsync("sales");
        var (director, _) = await host.UserAsync("director");
        var marker = CrmApi.Unique("Экспорт").Replace(" ", "");
        await BoardApi.CompanyAsync(anna, $"ООО «{marker}; Анна»");
        await BoardApi.CompanyAsync(boris, $"ООО «{marker} Борис»");

        var response = await anna.GetAsync($"/api/crm/companies/export?format=csv&filter={marker}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("Название;ИНН;КПП;");
        lines.Length.ShouldBe(2);
        lines[1].ShouldStartWith($"\"ООО «{marker}; Анна»\";");

        var directors = Encoding.UTF8.GetString(await director.GetByteArrayAsync($"/api/crm/companies/export?format=csv&filter={marker}"));
        directors.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(3);

        // The list's tag filter narrows the export the same way.
        var tag = CrmApi.Unique("опт").Replace(" ", "");
        (await director.PostAsJsonAsync("/api/crm/companies", new { name = $"ООО «{marker} с тегом»", tags = new[] { tag } }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var tagged = Encoding.UTF8.GetString(await director.GetByteArrayAsync($"/api/crm/companies/export?format=csv&filter={marker}&tag={tag}"))
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        tagged.Length.ShouldBe(2);
        tagged[1].ShouldContain("с тегом");

        (await anna.GetAsync("/api/crm/companies/export?format=pdf")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await host.Anonymous().GetAsync("/api/crm/companies/export")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var (warehouse, _) = await host.UserAsync("warehouse");
        (await warehouse.GetAsync("/api/crm/deals/export")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_Export_Contacts_And_Leads_With_Their_Lists_Filters_And_Record_Rule()
    {
        var (anna, _) = await host.UserAsync("sales");
        var (boris, _) = await host.UserAsync("sales");
        var marker = CrmApi.Unique("Люди").Replace(" ", "");
        foreach (var (client, name) in new[] { (anna, "Анна"), (anna, "Алла"), (boris, "Борис") })
        {
            (await client.PostAsJsonAsync("/api/crm/contacts", new { firstName = name, lastName = marker, position = "=1+2" }))
                .StatusCode.ShouldBe(HttpStatusCode.Created);
            (await client.PostAsJsonAsync("/api/crm/leads", new { title = $"{marker} {name}", phone = "+7 900 000-00-01" }))
                .StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var contacts = Encoding.UTF8.GetString(await anna.GetByteArrayAsync($"/api/crm/contacts/export?format=csv&filter={marker}&sorting=firstName"))
            .TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        contacts[0].ShouldStartWith("Фамилия;Имя;");
        contacts.Skip(1).Select(l => l.Split(';')[1]).ShouldBe(["Алла", "Анна"]);
        contacts[1].ShouldContain("'=1+2");

        var leads = Encoding.UTF8.GetString(await anna.GetByteArrayAsync($"/api/crm/leads/export?format=csv&filter={marker}&status=new"))
            .TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        leads.Length.ShouldBe(3);
        leads.Skip(1).ShouldAllBe(l => l.Contains("Новый") && !l.Contains("Борис"));
        (await Json(await anna.GetAsync($"/api/crm/leads/export?format=csv&status=lost"))).GetProperty("status").GetInt32().ShouldBe(400);
        (await anna.GetAsync("/api/crm/contacts/export?format=xlsx")).Content.Headers.ContentType!.MediaType
            .ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    [Fact]
    public async Task Should_Export_The_Deals_The_List_Shows_With_Its_Filters_And_Sorting()
    {
        var (director, _) = await host.UserAsync("director");
        var (anna, _) = await host.UserAsync("sales");
        var (pipeline, stages) = await BoardApi.PipelineAsync(director);
        var company = await BoardApi.CompanyAsync(anna, CrmApi.Unique("ООО Экспорт"));
        await BoardApi.DealAsync(anna, company, pipeline, stages["Заявка"], 100.5m, "Первая");
        await BoardApi.DealAsync(anna, company, pipeline, stages["Договор"], 2000m, "Вторая");
        var won = await BoardApi.DealAsync(anna, company, pipeline, stages["Договор"], 7m, "Выигранная");
        (await anna.PostAsync($"/api/crm/deals/{won}/win", null)).EnsureSuccessStatusCode();
        var directorsCompany = await BoardApi.CompanyAsync(director, CrmApi.Unique("ООО Директор"));
        await BoardApi.DealAsync(director, directorsCompany, pipeline, stages["Заявка"], 1m, "Чужая");

        var rows = await XlsxAsync(anna, $"/api/crm/deals/export?format=xlsx&pipelineId={pipeline}&status=open&sorting=amount%20desc");
        rows.Select(r => r["Сделка"]).ShouldBe(["Вторая", "Первая"]);
        rows.Select(r => Convert.ToDecimal(r["Сумма"])).ShouldBe([2000m, 100.5m]);
        rows.Select(r => r["Этап"]).ShouldBe(["Договор", "Заявка"]);
        rows[0]["Статус"].ShouldBe("Открыта");

        var all = await XlsxAsync(director, $"/api/crm/deals/export?pipelineId={pipeline}&sorting=title");
        all.Select(r => r["Сделка"]).ShouldBe(["Вторая", "Выигранная", "Первая", "Чужая"]);
        (await XlsxAsync(director, $"/api/crm/deals/export?pipelineId={pipeline}&stageId={stages["Заявка"]}&filter=чуж"))
            .Select(r => r["Сделка"]).ShouldBe(["Чужая"]);

        var csv = Encoding.UTF8.GetString(await anna.GetByteArrayAsync($"/api/crm/deals/export?format=csv&pipelineId={pipeline}&stageId={stages["Заявка"]}"));
        csv.ShouldContain("\r\nПервая;");
        csv.ShouldContain(";100,5;RUB;Открыта;");
        csv.ShouldNotContain("Чужая");
    }

    [Fact]
    public async Task Should_Not_Name_In_The_Deals_Export_A_Company_The_Reader_May_Not_See()
    {
        var (director, _) = await host.UserAsync("director");
        var (anna, _) = await host.UserAsync("sales");
        var (boris, borisId) = await host.UserAsync("sales");
        var annasCompany = CrmApi.Unique("ООО Клиент Анны");
        var company = await CrmApi.CompanyAsync(anna, annasCompany);
        await CrmApi.DealAsync(director, company, "Сделка Бориса", new { ownerId = borisId });

        var rows = await XlsxAsync(boris, "/api/crm/deals/export?format=xlsx");
        rows.Single()["Сделка"].ShouldBe("Сделка Бориса");
        (rows.Single()["Компания"] as string).ShouldBeNullOrEmpty();
        var csv = Encoding.UTF8.GetString(await boris.GetByteArrayAsync("/api/crm/deals/export?format=csv"));
        csv.ShouldNotContain(annasCompany);
        (await XlsxAsync(director, $"/api/crm/deals/export?format=xlsx&companyId={company}")).Single()["Компания"].ShouldBe(annasCompany);
    }

    private static async Task<List<IDictionary<string, object?>>> XlsxAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return new MemoryStream(bytes).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
    }
}

public sealed class ExportApiTestsOnSqlite(SqliteHost host) : ExportApiTests(host), IClassFixture<SqliteHost>;

public sealed class ExportApiTestsOnPostgreSql(PostgreSqlHost host) : ExportApiTests(host), IClassFixture<PostgreSqlHost>;
