using System.Text;
using System.Text.RegularExpressions;
using Shouldly;
using Xunit.Abstractions;

namespace Suite.E2E;

public sealed class ExportTests(SuiteFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task Should_Download_The_Searched_Companies_As_Csv_With_Formulas_Neutralised() =>
        InBrowserAsync(nameof(Should_Download_The_Searched_Companies_As_Csv_With_Formulas_Neutralised), async page =>
        {
            var token = Guid.NewGuid().ToString("N")[..8];
            await SignInAsync(page, "admin", "Admin123!");
            await Expect(page.GetByTestId("current-user")).ToHaveTextAsync("admin");
            await page.GotoAsync("/crm/companies/new");
            await page.GetByTestId("company-name").FillAsync($"=HYPERLINK(\"http://x\";\"{token}\")");
            await page.GetByTestId("company-save").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/crm/companies$"));

            await page.GetByTestId("companies-search").FillAsync(token);
            await Expect(page.GetByTestId("companies-row")).ToHaveCountAsync(1);
            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("companies-export-csv").ClickAsync());

            download.SuggestedFilename.ShouldStartWith("companies-");
            download.SuggestedFilename.ShouldEndWith(".csv");
            var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
            bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
            var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            lines.Length.ShouldBe(2);
            lines[0].ShouldStartWith("Название;ИНН;");
            lines[1].ShouldStartWith($"\"'=HYPERLINK(\"\"http://x\"\";\"\"{token}\"\")\";");
        });
}
