using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Suite.Docs.Application.Generating;
using Suite.Docs.Data;
using Suite.Framework.Events;
using Suite.TestBase;
using Xunit;
using static Suite.Docs.Tests.DocsApi;
using static Suite.Docs.Tests.GeneratingApi;
using static Suite.TestBase.ResponseJson;

namespace Suite.Docs.Tests;

/// <summary>Documents made from templates on cards: numbered without gaps, stored with their data, regenerated as versions.</summary>
public abstract class GeneratingTests(SuiteHost host)
{
    [Fact]
    public async Task Should_Make_A_Contract_From_A_Deal_With_The_Cards_Data_And_A_Number_From_Its_Series()
    {
        var admin = await host.AdminAsync();
        await SellerAsync(admin);
        var (sales, _) = await host.UserAsync("sales");
        var taxId = UniqueTaxId();
        var deal = await GeneratingApi.DealAsync(sales, taxId);
        var contract = await BuiltInAsync(sales, "contract");

        var document = await GeneratedAsync(sales, contract, "deal", deal.Deal);

        var number = document.GetProperty("number").GetString()!;
        number.ShouldMatch($@"^Д-{DateTime.UtcNow.Year}-\d{{4}}$");
        document.GetProperty("kind").GetString().ShouldBe("contract");
        document.GetProperty("version").GetInt32().ShouldBe(1);
        document.GetProperty("fileName").GetString().ShouldBe($"Договор № {number}.pdf");
        document.GetProperty("entityTitle").GetString().ShouldBe(deal.DealTitle);
        var text = Flat(await FileTextAsync(sales, document.GetProperty("id").GetGuid()));
        text.ShouldContain($"ДОГОВОР ПОСТАВКИ № {number}", Case.Sensitive);
        text.ShouldContain(deal.CompanyName, Case.Sensitive);
        text.ShouldContain($"ИНН {taxId}", Case.Sensitive);
        text.ShouldContain("ИНН 7707083893", Case.Sensitive);
        text.ShouldContain("Сидоров Иван", Case.Sensitive);
        text.ShouldContain("Окно ПВХ 1300×1400", Case.Sensitive);
        text.ShouldContain("Монтаж окна", Case.Sensitive);
        // 3 × 12 000 + 3 × 2 000.
        text.ShouldContain("42 000,00 ₽ (Сорок две тысячи рублей 00 копеек)", Case.Sensitive);

        var listed = await Items(sales, $"/api/docs/documents?entityType=deal&entityId={deal.Deal}");
        listed.ShouldHaveSingleItem().GetProperty("templateName").GetString().ShouldBe("Договор поставки");
    }

    [Fact]
    public async Task Should_Number_Fifty_Documents_Made_At_Once_One_To_Fifty()
    {
        var admin = await host.AdminAsync();
        var deal = await GeneratingApi.DealAsync(admin, UniqueTaxId());
        var prefix = "Т" + Random.Shared.Next(100_000, 999_999);
        var template = await TemplateAsync(admin, "# Договор № {{ document.number }}\n{{ company.name }}", numberPrefix: prefix);
        await GeneratedAsync(admin, template, "deal", deal.Deal);

        var responses = await Task.WhenAll(Enumerable.Range(0, 49).Select(_ => GenerateAsync(admin, template, "deal", deal.Deal)));

        foreach (var response in responses)
            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var numbers = (await Items(admin, $"/api/docs/documents?filter={prefix}&maxResultCount=100"))
            .Select(d => d.GetProperty("number").GetString()!).ToList();
        numbers.Order().ShouldBe(Enumerable.Range(1, 50).Select(n => $"{prefix}-{DateTime.UtcNow.Year}-{n:D4}"));
    }

    [Fact]
    public async Task Should_Refuse_A_Template_That_Fails_On_The_Card_And_Give_Its_Number_To_The_Next_Document()
    {
        var admin = await host.AdminAsync();
        var deal = await GeneratingApi.DealAsync(admin, UniqueTaxId());
        var prefix = "Е" + Random.Shared.Next(100_000, 999_999);
        var template = await TemplateAsync(admin, "# № {{ document.number }}\n{{ company.nickname }}", numberPrefix: prefix);

        var refused = await Eventually.Until(() => GenerateAsync(admin, template, "deal", deal.Deal),
            r => r.StatusCode != HttpStatusCode.NotFound, what: "Docs' copy of the deal");

        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await Json(refused);
        problem.GetProperty("code").GetString().ShouldBe("Docs.Template.Invalid");
        var error = problem.GetProperty("errors").EnumerateArray().ShouldHaveSingleItem();
        error.GetProperty("line").GetInt32().ShouldBe(2);
        error.GetProperty("message").GetString()!.ShouldContain("nickname");

        var fixedBody = await admin.PutAsJsonAsync($"/api/docs/templates/{template}", new { name = "Договор", body = "# № {{ document.number }}\n{{ company.name }}" });
        fixedBody.StatusCode.ShouldBe(HttpStatusCode.OK, await fixedBody.Content.ReadAsStringAsync());
        var document = await GeneratedAsync(admin, template, "deal", deal.Deal);
        document.GetProperty("number").GetString().ShouldBe($"{prefix}-{DateTime.UtcNow.Year}-0001");
    }

    [Fact]
    public async Task Should_Regenerate_A_Document_As_Its_Next_Version_Under_The_Same_Number_With_The_Template_As_It_Is_Now()
    {
        var admin = await host.AdminAsync();
        var deal = await GeneratingApi.DealAsync(admin, UniqueTaxId());
        var template = await TemplateAsync(admin, "# Письмо № {{ document.number }}\nПервая редакция для {{ company.name }}", "letter");
        var first = await GeneratedAsync(admin, template, "deal", deal.Deal);
        var firstId = first.GetProperty("id").GetGuid();

        (await admin.PutAsJsonAsync($"/api/docs/templates/{template}", new
        {
            name = "Письмо", body = "# Письмо № {{ document.number }}\nВторая редакция для {{ company.name }}",
        })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var regenerated = await admin.PostAsync($"/api/docs/documents/{firstId}/regenerate", null);

        regenerated.StatusCode.ShouldBe(HttpStatusCode.Created, await regenerated.Content.ReadAsStringAsync());
        var second = await Json(regenerated);
        second.GetProperty("number").GetString().ShouldBe(first.GetProperty("number").GetString());
        second.GetProperty("version").GetInt32().ShouldBe(2);
        Flat(await FileTextAsync(admin, second.GetProperty("id").GetGuid())).ShouldContain("Вторая редакция", Case.Sensitive);
        Flat(await FileTextAsync(admin, firstId)).ShouldContain("Первая редакция", Case.Sensitive);
        var versions = await Items(admin, $"/api/docs/documents?entityType=deal&entityId={deal.Deal}");
        versions.Select(v => v.GetProperty("version").GetInt32()).ShouldBe([2, 1]);
    }

    [Fact]
    public async Task Should_Render_A_Document_Again_From_Its_Snapshot_To_The_Same_Text_After_The_Card_Changed()
    {
        var admin = await host.AdminAsync();
        var deal = await GeneratingApi.DealAsync(admin, UniqueTaxId());
        var contract = await BuiltInAsync(admin, "contract");
        var document = await GeneratedAsync(admin, contract, "deal", deal.Deal);
        var id = document.GetProperty("id").GetGuid();
        (await admin.PutAsJsonAsync($"/api/crm/companies/{deal.Company}", new { name = "ООО Переименована" })).IsSuccessStatusCode.ShouldBeTrue();

        await using var scope = host.Services.CreateAsyncScope();
        var snapshot = await scope.ServiceProvider.GetRequiredService<DocsDbContext>().Documents.Where(d => d.Id == id)
            .Select(d => d.Snapshot).SingleAsync();
        var content = JsonSerializer.Deserialize<DocumentContent>(snapshot, EventSerializer.Options)!;
        var again = await scope.ServiceProvider.GetRequiredService<DocumentRenderer>().RenderAsync(content, CancellationToken.None);

        PdfTools.Text(again.Content).ShouldBe(await FileTextAsync(admin, id));
        Flat(PdfTools.Text(again.Content)).ShouldContain(deal.CompanyName, Case.Sensitive);
    }

    [Fact]
    public async Task Should_Keep_Cards_And_Templates_To_Those_Who_May_See_And_Manage_Them()
    {
        var admin = await host.AdminAsync();
        var (anna, _) = await host.UserAsync("sales");
        var (boris, _) = await host.UserAsync("sales");
        var annas = await GeneratingApi.DealAsync(anna, UniqueTaxId());
        var contract = await BuiltInAsync(anna, "contract");
        var document = await GeneratedAsync(anna, contract, "deal", annas.Deal);

        (await GenerateAsync(boris, contract, "deal", annas.Deal)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await boris.PostAsync($"/api/docs/documents/{document.GetProperty("id").GetGuid()}/regenerate", null)).StatusCode
            .ShouldBe(HttpStatusCode.NotFound);
        (await boris.PostAsJsonAsync("/api/docs/templates", new { name = "x", kind = "letter", format = "text", body = "x" })).StatusCode
            .ShouldBe(HttpStatusCode.Forbidden);
        var builtInDelete = await admin.DeleteAsync($"/api/docs/templates/{contract}");
        builtInDelete.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(builtInDelete)).GetProperty("code").GetString().ShouldBe("Docs.Template.BuiltIn");
        var waybill = await BuiltInAsync(admin, "waybill");
        var wrongCard = await GenerateAsync(anna, waybill, "deal", annas.Deal);
        wrongCard.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await GenerateAsync(anna, contract, "planet", annas.Deal)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Should_Refuse_To_Save_A_Template_That_Does_Not_Compile_And_Say_Where()
    {
        var admin = await host.AdminAsync();

        var response = await admin.PostAsJsonAsync("/api/docs/templates", new
        {
            name = "Сломанный", kind = "letter", format = "text", body = "Строка\n{{ for line in deal.lines }}\n{{ line.name",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var errors = (await Json(response)).GetProperty("errors").EnumerateArray().ToList();
        errors.ShouldNotBeEmpty();
        errors[0].GetProperty("line").GetInt32().ShouldBe(3);
        (await admin.PostAsJsonAsync("/api/docs/templates", new { name = "Счёт", kind = "invoice", format = "text", body = "x" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Should_Preview_A_Template_Being_Edited_On_A_Card_As_A_Draft_Without_Numbering_Anything()
    {
        var admin = await host.AdminAsync();
        var deal = await GeneratingApi.DealAsync(admin, UniqueTaxId());
        var body = "# Предложение № {{ document.number }}\nДля {{ company.name }} на {{ format_money deal.amount }} ₽";

        var preview = await Eventually.Until(
            () => admin.PostAsJsonAsync("/api/docs/templates/preview", new { kind = "proposal", format = "text", body, entityType = "deal", entityId = deal.Deal }),
            r => r.StatusCode != HttpStatusCode.NotFound, what: "Docs' copy of the deal");

        preview.StatusCode.ShouldBe(HttpStatusCode.OK, await preview.Content.ReadAsStringAsync());
        preview.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var text = Flat(PdfTools.Text(await preview.Content.ReadAsByteArrayAsync()));
        text.ShouldContain("Предложение № ЧЕРНОВИК", Case.Sensitive);
        text.ShouldContain($"Для {deal.CompanyName} на 42 000,00 ₽", Case.Sensitive);
        (await Items(admin, $"/api/docs/documents?entityType=deal&entityId={deal.Deal}")).ShouldBeEmpty();

        var broken = await admin.PostAsJsonAsync("/api/docs/templates/preview",
            new { kind = "proposal", format = "text", body = "{{ if deal.title }} без конца", entityType = "deal", entityId = deal.Deal });
        broken.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await Json(broken)).GetProperty("errors")[0].GetProperty("line").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Should_Make_The_Automations_Document_When_A_Deal_Enters_Its_Stage_And_Only_Then()
    {
        var admin = await host.AdminAsync();
        var (director, _) = await host.UserAsync("director");
        var pipeline = await director.PostAsJsonAsync("/api/crm/pipelines", new
        {
            name = Unique("Воронка"),
            stages = new[]
            {
                new { name = "Заявка", probability = 20, kind = "open" },
                new { name = "Договор", probability = 60, kind = "open" },
                new { name = "Успех", probability = 100, kind = "won" },
                new { name = "Отказ", probability = 0, kind = "lost" },
            },
        });
        pipeline.StatusCode.ShouldBe(HttpStatusCode.Created, await pipeline.Content.ReadAsStringAsync());
        var body = await Json(pipeline);
        var pipelineId = body.GetProperty("id").GetGuid();
        var stages = body.GetProperty("stages").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("id").GetGuid());
        var contract = await BuiltInAsync(admin, "contract");
        var automation = await director.PostAsJsonAsync("/api/docs/automations",
            new { pipelineId, stageId = stages["Договор"], templateId = contract, isActive = true });
        automation.StatusCode.ShouldBe(HttpStatusCode.Created, await automation.Content.ReadAsStringAsync());

        var deal = await GeneratingApi.DealAsync(admin, UniqueTaxId(), new { pipelineId, stageId = stages["Заявка"] });
        await Eventually.Until(async () => (await admin.PostAsJsonAsync("/api/docs/templates/preview",
                new { kind = "letter", format = "text", body = "x", entityType = "deal", entityId = deal.Deal })).StatusCode == HttpStatusCode.OK,
            what: "Docs' copy of the deal");
        (await Items(admin, $"/api/docs/documents?entityType=deal&entityId={deal.Deal}")).ShouldBeEmpty();
        var moved = await admin.PostAsJsonAsync($"/api/crm/deals/{deal.Deal}/move", new { stageId = stages["Договор"] });
        moved.StatusCode.ShouldBe(HttpStatusCode.OK, await moved.Content.ReadAsStringAsync());

        var documents = await Eventually.Until(() => Items(admin, $"/api/docs/documents?entityType=deal&entityId={deal.Deal}"),
            d => d.Count > 0, what: "the automation's contract");
        documents.ShouldHaveSingleItem().GetProperty("kind").GetString().ShouldBe("contract");
        Flat(await FileTextAsync(admin, documents[0].GetProperty("id").GetGuid())).ShouldContain(deal.CompanyName, Case.Sensitive);
    }

    [Fact]
    public async Task Should_Print_An_Act_From_An_Issued_Invoice_Under_Its_Own_Number()
    {
        var admin = await host.AdminAsync();
        await SellerAsync(admin);
        var taxId = UniqueTaxId();
        var invoice = await IssuedInvoiceAsync(admin, await ClientAsync(admin, taxId));
        var act = await BuiltInAsync(admin, "act");

        var document = await GeneratedAsync(admin, act, "invoice", invoice.GetProperty("id").GetGuid());

        var number = document.GetProperty("number").GetString()!;
        number.ShouldMatch($@"^АКТ-{DateTime.UtcNow.Year}-\d{{4}}$");
        var text = Flat(await FileTextAsync(admin, document.GetProperty("id").GetGuid()));
        text.ShouldContain(number, Case.Sensitive);
        text.ShouldContain($"Счёт № {invoice.GetProperty("number").GetString()}", Case.Sensitive);
        text.ShouldContain($"ИНН {taxId}", Case.Sensitive);
        text.ShouldContain("Окно ПВХ 1200×1400", Case.Sensitive);
        text.ShouldContain("42 090,61", Case.Sensitive);
        text.ShouldContain("Сорок две тысячи девяносто рублей 61 копейка", Case.Sensitive);
    }

    [Fact]
    public async Task Should_Print_A_Waybill_For_A_Posted_Shipment_At_The_Deals_Prices()
    {
        var admin = await host.AdminAsync();
        await SellerAsync(admin);
        var taxId = UniqueTaxId();
        var deal = await GeneratingApi.DealAsync(admin, taxId);
        var warehouse = await Json(await admin.PostAsJsonAsync("/api/stock/warehouses", new { name = Unique("Склад") }));
        var product = await admin.PostAsJsonAsync("/api/stock/products", new
        {
            sku = Unique("OK"), name = Unique("Окно ПВХ"), unit = "шт", salePrice = 15_000m, vatRate = 22m,
        });
        product.StatusCode.ShouldBe(HttpStatusCode.Created, await product.Content.ReadAsStringAsync());
        var productId = (await Json(product)).GetProperty("id").GetGuid();
        var warehouseId = warehouse.GetProperty("id").GetGuid();
        var receipt = await Json(await admin.PostAsJsonAsync("/api/stock/documents",
            new { kind = "receipt", warehouseId, lines = new[] { new { productId, quantity = 10m, unitCost = 9_000m } } }));
        (await admin.PostAsync($"/api/stock/documents/{receipt.GetProperty("id").GetGuid()}/post", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var shipment = await Eventually.Until(() => admin.PostAsJsonAsync("/api/stock/documents", new
            {
                kind = "shipment", warehouseId, companyId = deal.Company,
                lines = new[] { new { productId, quantity = 4m, unitCost = (decimal?)null } },
            }), r => r.StatusCode == HttpStatusCode.Created, what: "Stock's copy of the company");
        var shipmentId = (await Json(shipment)).GetProperty("id").GetGuid();
        (await admin.PostAsync($"/api/stock/documents/{shipmentId}/post", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var waybill = await BuiltInAsync(admin, "waybill");

        var document = await GeneratedAsync(admin, waybill, "shipment", shipmentId);

        document.GetProperty("number").GetString()!.ShouldMatch($@"^ТН-{DateTime.UtcNow.Year}-\d{{4}}$");
        var text = Flat(await FileTextAsync(admin, document.GetProperty("id").GetGuid()));
        text.ShouldContain(deal.CompanyName, Case.Sensitive);
        text.ShouldContain(taxId, Case.Sensitive);
        // 4 × 15 000,00 (the product's price: the deal sells other goods) + 22 % = 60 000,00 + 13 200,00.
        text.ShouldContain("60 000,00", Case.Sensitive);
        text.ShouldContain("13 200,00", Case.Sensitive);
        text.ShouldContain("73 200,00", Case.Sensitive);
    }

    [Fact]
    public async Task Should_Print_A_Proposal_Form_From_A_Deal_And_Refuse_Form_Options_It_Does_Not_Know()
    {
        var admin = await host.AdminAsync();
        await SellerAsync(admin);
        var deal = await GeneratingApi.DealAsync(admin, UniqueTaxId());
        var proposal = await BuiltInAsync(admin, "proposal");

        var document = await GeneratedAsync(admin, proposal, "deal", deal.Deal);

        var text = Flat(await FileTextAsync(admin, document.GetProperty("id").GetGuid()));
        text.ShouldContain(document.GetProperty("number").GetString()!, Case.Sensitive);
        text.ShouldContain(deal.CompanyName, Case.Sensitive);
        text.ShouldContain("Сидоров Иван", Case.Sensitive);
        text.ShouldContain("Монтаж окна", Case.Sensitive);
        text.ShouldContain("42 000,00", Case.Sensitive);

        var refused = await admin.PutAsJsonAsync($"/api/docs/templates/{proposal}", new { name = "КП", body = "language: ru\nshow_qr: no\n" });
        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await Json(refused)).GetProperty("errors")[0].GetProperty("line").GetInt32().ShouldBe(2);
    }

    /// <summary>pdftotext breaks lines where the layout wrapped them; the assertions read the text as one line.</summary>
    private static string Flat(string text) => Regex.Replace(text, @"\s+", " ");
}

public sealed class GeneratingTestsOnSqlite(SqliteHost host) : GeneratingTests(host), IClassFixture<SqliteHost>;

public sealed class GeneratingTestsOverRabbitMq(PostgreSqlRabbitMqHost host) : GeneratingTests(host), IClassFixture<PostgreSqlRabbitMqHost>;
