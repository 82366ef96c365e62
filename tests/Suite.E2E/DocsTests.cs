using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Shouldly;
using Xunit.Abstractions;

namespace Suite.E2E;

/// <summary>Documents from a card: a deal's document made from a template, listed on the card and downloaded as a PDF.</summary>
public sealed class DocsTests(SuiteFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task Should_Create_A_Document_From_A_Template_On_A_Deal_Card_And_Download_It() =>
        InBrowserAsync(nameof(Should_Create_A_Document_From_A_Template_On_A_Deal_Card_And_Download_It), async page =>
        {
            var token = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
            using var api = await E2EApi.SignInAsync(Fixture, "admin", "Admin123!");
            var company = await E2EApi.IdAsync(await api.PostAsJsonAsync("/api/crm/companies", new { name = $"ООО «Документ {token}»" }));
            var deal = await E2EApi.IdAsync(await api.PostAsJsonAsync("/api/crm/deals", new { title = $"Поставка {token}", companyId = company }));
            await DocsKnowsAsync(api, "deal", deal);

            await SignInAsync(page, "admin", "Admin123!");
            await Expect(page.GetByTestId("current-user")).ToHaveTextAsync("admin");
            await page.GotoAsync($"/crm/deals/{deal}");
            await Expect(page.GetByTestId("documents-empty")).ToBeVisibleAsync();

            await page.GetByTestId("documents-create").ClickAsync();
            var choice = page.GetByTestId("template-choice").First;
            var template = (await choice.InnerTextAsync()).Split('\n')[0].Trim();
            await choice.ClickAsync();

            // Numbered from the template's series: PREFIX-year-0001.
            var item = page.GetByTestId("documents-item");
            await Expect(item).ToHaveCountAsync(1);
            await Expect(item.GetByTestId("documents-item-title")).ToHaveTextAsync(new Regex($@"№ \S+-{DateTime.UtcNow.Year}-\d{{4}}$"));

            var number = Regex.Match(await item.GetByTestId("documents-item-title").InnerTextAsync(), @"№ (\S+)$").Groups[1].Value;

            var download = await page.RunAndWaitForDownloadAsync(() => item.GetByTestId("documents-download").ClickAsync());
            download.SuggestedFilename.ShouldEndWith(".pdf");
            var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
            Encoding.ASCII.GetString(bytes, 0, 5).ShouldBe("%PDF-");

            // The register lists it with the card it came from and the template it was made by.
            await page.GetByTestId("nav-docs-documents").ClickAsync();
            await page.GetByTestId("documents-search").FillAsync(number);
            var row = page.GetByTestId("documents-row");
            await Expect(row).ToHaveCountAsync(1);
            await Expect(row.GetByTestId("documents-row-card")).ToHaveTextAsync($"Поставка {token}");
            await Expect(row).ToContainTextAsync(template);
        });

    /// <summary>Docs hears of a card through the bus; until then a preview from it answers 404.</summary>
    private static async Task DocsKnowsAsync(HttpClient api, string entityType, Guid id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var preview = await api.PostAsJsonAsync("/api/docs/templates/preview",
                new { kind = "letter", format = "text", body = "Здравствуйте", entityType, entityId = id });
            if (preview.StatusCode != HttpStatusCode.NotFound)
            {
                preview.EnsureSuccessStatusCode();
                return;
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Docs did not hear of {entityType} {id} in 20 s.");
            await Task.Delay(200);
        }
    }
}
