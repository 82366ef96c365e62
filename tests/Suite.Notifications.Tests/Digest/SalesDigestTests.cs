using System.Net;
using Shouldly;
using Suite.TestBase;
using Xunit;
using static Suite.Notifications.Tests.Digest.DigestApi;
using static Suite.TestBase.ResponseJson;

namespace Suite.Notifications.Tests.Digest;

/// <summary>A sales manager's digest counts only their own deals and has no money section without Finance's reports.</summary>
public sealed class SalesDigestTests(DigestHost host) : IClassFixture<DigestHost>
{
    [Fact]
    public async Task Should_Send_A_Sales_Manager_Only_Their_Own_Figures_Now()
    {
        var annaName = $"anna-{Guid.NewGuid():N}"[..16];
        var (anna, annaId) = await host.UserAsync("sales", annaName);
        var (boris, borisId) = await host.UserAsync("sales");
        var (director, _) = await host.UserAsync("director");
        await CreatedAsync(director, "/api/crm/sales-plans", new { period = "2026-12", ownerId = annaId, amount = 200_000m });
        await CreatedAsync(director, "/api/crm/sales-plans", new { period = "2026-12", ownerId = borisId, amount = 100_000m });
        await WonDealAsync(anna, "Окна в коттедж", 50_000m);
        await WonDealAsync(boris, "Окна в офис", 70_000m);
        host.Clock.Set(Monday(7)); // the week is over; "send now" does not wait for eight
        anna = await host.SignInAsync(annaName, SuiteHost.UserPassword); // Wednesday's token has expired by Monday

        var sent = await anna.PostAsync("/api/notifications/digest/send-now", null);

        sent.StatusCode.ShouldBe(HttpStatusCode.OK, await sent.Content.ReadAsStringAsync());
        (await Json(sent)).GetProperty("from").GetString().ShouldBe("2026-11-30");
        var letter = await Eventually.Until(
            () => Task.FromResult(host.MailServer.Letters.Where(l => l.To.Mailboxes.Any(m => m.Address == $"{annaName}@test.local")).ToList()),
            l => l.Count == 1, what: "Anna's digest");
        var only = letter.Single();
        only.Subject.ShouldBe(Subject);
        FigureRow(only, "dealsWon").ShouldBe(["Выиграно сделок", "1", "0", "+1"]);
        FigureRow(only, "wonAmount").ShouldBe(["Сумма выигранных сделок", "50 000,00 ₽", "0,00 ₽", "+50 000,00 ₽"]);
        // Her plan of December, not Boris's nor the team's: 50 000 of 200 000.
        FigureRow(only, "planFact").ShouldBe(["Факт месяца 2026-12", "50 000,00 ₽", "—", ""]);
        FigureRow(only, "plan").ShouldBe(["План месяца 2026-12", "200 000,00 ₽", "—", ""]);
        FigureRow(only, "planPercent").ShouldBe(["Выполнение плана", "25 %", "—", ""]);
        Html(only).ShouldNotContain("data-figure=\"revenue\"");
        Html(only).ShouldNotContain("data-figure=\"cash\"");
        Workbook(only)["Сумма выигранных сделок"].ShouldBe((50_000m, 0m));
    }

    private static async Task WonDealAsync(HttpClient owner, string title, decimal amount)
    {
        var company = await CreatedAsync(owner, "/api/crm/companies", new { name = "ООО " + title });
        var deal = await CreatedAsync(owner, "/api/crm/deals", new { title, companyId = company, amount });
        await OkAsync(owner, $"/api/crm/deals/{deal}/win");
    }
}
