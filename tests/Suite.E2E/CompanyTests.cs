using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Suite.E2E;

public sealed class CompanyTests(SuiteFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task Should_Sign_In_Create_A_Company_And_Find_It_By_Search() =>
        InBrowserAsync(nameof(Should_Sign_In_Create_A_Company_And_Find_It_By_Search), async page =>
        {
            var token = Guid.NewGuid().ToString("N")[..8];
            var name = $"ООО «Тест {token}»";

            await SignInAsync(page, "admin", "Admin123!");
            await Expect(page.GetByTestId("current-user")).ToHaveTextAsync("admin");

            await page.GetByTestId("nav-companies").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/crm/companies$"));
            await page.GetByTestId("companies-new").ClickAsync();
            await page.GetByTestId("company-name").FillAsync(name);
            await page.GetByTestId("company-taxId").FillAsync(ValidTaxId());
            await page.GetByTestId("company-save").ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex("/crm/companies$"));
            await page.GetByTestId("companies-search").FillAsync($"тест {token}");
            var rows = page.GetByTestId("companies-row");
            await Expect(rows).ToHaveCountAsync(1);
            await Expect(rows).ToContainTextAsync(name);
        });

    [Fact]
    public Task Should_Show_The_Servers_Field_Error_On_The_Field() =>
        InBrowserAsync(nameof(Should_Show_The_Servers_Field_Error_On_The_Field), async page =>
        {
            await SignInAsync(page, "admin", "Admin123!");
            await Expect(page.GetByTestId("current-user")).ToHaveTextAsync("admin");

            await page.GotoAsync("/crm/companies/new");
            await page.GetByTestId("company-name").FillAsync($"ООО «Неверный ИНН {Guid.NewGuid():N}»");
            await page.GetByTestId("company-taxId").FillAsync("1234567890");
            await page.GetByTestId("company-save").ClickAsync();

            var error = page.GetByTestId("error-taxId");
            await Expect(error).ToBeVisibleAsync();
            await Expect(error).ToContainTextAsync("ИНН");
            await Expect(page.GetByTestId("error-name")).ToHaveCountAsync(0);
            await Expect(page).ToHaveURLAsync(new Regex("/crm/companies/new$"));
        });

    /// <summary>A random 10-digit INN of a company with a correct check digit.</summary>
    private static string ValidTaxId()
    {
        int[] weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
        var digits = new int[9];
        digits[0] = Random.Shared.Next(1, 10);
        for (var i = 1; i < 9; i++) digits[i] = Random.Shared.Next(10);
        var check = digits.Select((d, i) => d * weights[i]).Sum() % 11 % 10;
        return string.Concat(digits) + check;
    }
}
