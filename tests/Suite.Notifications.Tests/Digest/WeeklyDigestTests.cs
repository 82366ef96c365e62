using System.Net;
using System.Net.Http.Json;
using MimeKit;
using Shouldly;
using Suite.TestBase;
using Xunit;
using static Suite.Notifications.Tests.Digest.DigestApi;
using static Suite.TestBase.ResponseJson;

namespace Suite.Notifications.Tests.Digest;

/// <summary>A director's Monday letter with the figures of a week built by hand, sent once whatever the watch sees later.</summary>
public abstract class WeeklyDigestTests<THost>(THost host) where THost : ClockedDigestHost
{
    [Fact]
    public async Task Should_Mail_A_Subscribed_Director_The_Week_Once_On_Monday_At_Eight()
    {
        var dinaName = $"dina-{Guid.NewGuid():N}"[..16];
        var (dina, _) = await host.UserAsync("director", dinaName);
        var (accountant, _) = await host.UserAsync("accountant");
        var subscribed = await SubscribeAsync(dina);
        subscribed.GetProperty("weekly").GetBoolean().ShouldBeTrue();
        subscribed.GetProperty("email").GetString().ShouldBe($"{dinaName}@test.local");

        // The week before: 4 000,00 without VAT, issued on 24.11, due on 01.12, never paid.
        var company = await CompanyAsync(dina, "ООО Окна Плюс");
        await IssuedInvoiceAsync(accountant, company, 4_000m, null, new DateOnly(2026, 11, 24), new DateOnly(2026, 12, 1));
        // The week: 10 000,00 + 22 % VAT = 12 200,00, issued on 01.12 and paid on 02.12 into the bank.
        var invoice = await IssuedInvoiceAsync(accountant, company, 10_000m, 22m, new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 10));
        var bank = await CreatedAsync(accountant, "/api/finance/accounts", new
        {
            name = "Расчётный счёт", kind = "bank", bankName = "ПАО Сбербанк", bic = "044525225",
            accountNumber = "40702810" + Random.Shared.NextInt64(100_000_000_000, 999_999_999_999), correspondentAccount = "30101810400000000225",
        });
        await CreatedAsync(accountant, "/api/finance/payments", new
        {
            accountId = bank, direction = "incoming", date = new DateOnly(2026, 12, 2), amount = 12_200m, companyId = company,
            purpose = "Оплата по счёту", allocations = new[] { new { invoiceId = invoice, amount = 12_200m } },
        });

        host.Clock.Set(Monday(8));
        var letter = (await LettersToAsync(dinaName, 1)).Single();

        letter.Subject.ShouldBe(Subject);
        FigureRow(letter, "revenue").ShouldBe(["Выручка без НДС", "10 000,00 ₽", "4 000,00 ₽", "+6 000,00 ₽"]);
        FigureRow(letter, "grossProfit").ShouldBe(["Валовая прибыль", "10 000,00 ₽", "4 000,00 ₽", "+6 000,00 ₽"]);
        // At Sunday's end only the unpaid 4 000,00 is owed, overdue since 01.12; a week earlier it was not due yet.
        FigureRow(letter, "receivables").ShouldBe(["Дебиторская задолженность", "4 000,00 ₽", "4 000,00 ₽", "0"]);
        FigureRow(letter, "overdueReceivables").ShouldBe(["Из неё просрочено", "4 000,00 ₽", "0,00 ₽", "+4 000,00 ₽"]);
        FigureRow(letter, "cash").ShouldBe(["Остаток на счетах и в кассах сейчас", "12 200,00 ₽", "—", ""]);
        FigureRow(letter, "dealsWon")[1].ShouldBe("0");

        var workbook = Workbook(letter);
        workbook["Выручка без НДС"].ShouldBe((10_000m, 4_000m));
        workbook["Из неё просрочено"].ShouldBe((4_000m, 0m));
        workbook["Остаток на счетах и в кассах сейчас"].ShouldBe((12_200m, (object?)null));

        dina = await host.SignInAsync(dinaName, SuiteHost.UserPassword); // Wednesday's token has expired by Monday
        (await Json(await dina.GetAsync("/api/notifications/digest"))).GetProperty("lastSentAt").ValueKind.ShouldNotBe(System.Text.Json.JsonValueKind.Null);

        // Later the same Monday the watch looks again: a director who subscribed since gets theirs, which shows it
        // looked; Dina still has the one letter.
        var witnessName = $"dir2-{Guid.NewGuid():N}"[..16];
        var (witness, _) = await host.UserAsync("director", witnessName);
        await SubscribeAsync(witness);
        host.Clock.Set(Monday(15, 30));
        await LettersToAsync(witnessName, 1);
        LettersTo(dinaName).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Should_Refuse_To_Subscribe_A_User_Without_An_Email()
    {
        var admin = await host.AdminAsync();
        var userName = $"noemail-{Guid.NewGuid():N}"[..16];
        var created = await admin.PostAsJsonAsync("/api/identity/users", new { userName, password = SuiteHost.UserPassword, roles = new[] { "director" } });
        created.EnsureSuccessStatusCode();
        var user = await host.SignInAsync(userName, SuiteHost.UserPassword);

        var response = await user.PutAsJsonAsync("/api/notifications/digest", new { weekly = true });

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await Json(response)).GetProperty("code").GetString().ShouldBe("Notifications.Digest.NoEmail");
    }

    private List<MimeMessage> LettersTo(string userName) =>
        host.MailServer.Letters.Where(l => l.To.Mailboxes.Any(m => m.Address == $"{userName}@test.local") && l.Subject == Subject).ToList();

    private Task<List<MimeMessage>> LettersToAsync(string userName, int count) =>
        Eventually.Until(() => Task.FromResult(LettersTo(userName)), l => l.Count >= count, what: $"the digest to {userName}");
}

public sealed class WeeklyDigestOnPostgreSqlTests(DigestHost host) : WeeklyDigestTests<DigestHost>(host), IClassFixture<DigestHost>;

public sealed class WeeklyDigestOnSqliteTests(DigestHostOnSqlite host) : WeeklyDigestTests<DigestHostOnSqlite>(host), IClassFixture<DigestHostOnSqlite>;
