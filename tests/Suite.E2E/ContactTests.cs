using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Suite.E2E;

public sealed class ContactTests(SuiteFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task Should_Create_A_Contact_With_Phones_And_Be_Warned_Of_The_Duplicate() =>
        InBrowserAsync(nameof(Should_Create_A_Contact_With_Phones_And_Be_Warned_Of_The_Duplicate), async page =>
        {
            var token = Guid.NewGuid().ToString("N")[..8];
            var phone = $"+7 917 {Random.Shared.Next(100, 999)}-{Random.Shared.Next(10, 99)}-{Random.Shared.Next(10, 99)}";

            await SignInAsync(page, "admin", "Admin123!");
            await Expect(page.GetByTestId("current-user")).ToHaveTextAsync("admin");

            await page.GetByTestId("nav-contacts").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/crm/contacts$"));
            await page.GetByTestId("contacts-new").ClickAsync();
            await page.GetByTestId("contact-firstName").FillAsync("Ирина");
            await page.GetByTestId("contact-lastName").FillAsync(token);
            await page.GetByTestId("contact-phones-input").FillAsync(phone);
            await page.GetByTestId("contact-phones-input").PressAsync("Enter");
            await page.GetByTestId("contact-save").ClickAsync();

            // Saving opens the new contact's card; the list then finds it.
            await Expect(page).ToHaveURLAsync(new Regex("/crm/contacts/[0-9a-f-]{36}$"));
            await page.GetByTestId("nav-contacts").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/crm/contacts$"));
            await page.GetByTestId("contacts-search").FillAsync(token);
            var rows = page.GetByTestId("contacts-row");
            await Expect(rows).ToHaveCountAsync(1);
            await Expect(rows).ToContainTextAsync(phone);

            // Entering the same number again, written differently, shows the existing card before saving.
            await page.GetByTestId("contacts-new").ClickAsync();
            await page.GetByTestId("contact-firstName").FillAsync("Ирина");
            var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
            await page.GetByTestId("contact-phones-input").FillAsync("8" + digits[1..]);
            await page.GetByTestId("contact-phones-input").PressAsync("Enter");
            var panel = page.GetByTestId("duplicate-panel");
            await Expect(panel).ToContainTextAsync(token);
            await Expect(page.GetByTestId("duplicate-open")).ToBeVisibleAsync();
        });
}
