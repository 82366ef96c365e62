using System.Net;
using System.Net.Http.Json;
using Shouldly;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Finance.Tests;

/// <summary>What an accountant sets up once: our requisites, the chart, articles, cash desks and bank accounts.</summary>
public abstract class SetupTests(SuiteHost host)
{
    [Fact]
    public async Task Should_Keep_Our_Requisites_And_Refuse_A_Wrong_Tax_Id_Or_A_Vat_Rate_The_Regime_Does_Not_Allow()
    {
        var admin = await host.AdminAsync();
        var current = await Json(await admin.GetAsync("/api/finance/organisation"));
        var stamp = current.GetProperty("concurrencyStamp").GetString();

        var wrongTaxId = await admin.PutAsJsonAsync("/api/finance/organisation", new
        {
            name = "ООО «Окна Плюс»", shortName = "Окна Плюс", taxId = "7707083894", taxRegime = "osno", defaultVatRate = 22m, concurrencyStamp = stamp,
        });
        wrongTaxId.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await wrongTaxId.Content.ReadAsStringAsync()).ShouldContain("taxId");

        var usnWith22 = await admin.PutAsJsonAsync("/api/finance/organisation", new
        {
            name = "ООО «Окна Плюс»", shortName = "Окна Плюс", taxRegime = "usn", defaultVatRate = 22m, concurrencyStamp = stamp,
        });
        usnWith22.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var saved = await admin.PutAsJsonAsync("/api/finance/organisation", new
        {
            name = "ООО «Окна Плюс»", shortName = "Окна Плюс", taxId = "7707083893", kpp = "773601001", ogrn = "1027700132195",
            legalAddress = "г. Москва, ул. Вавилова, д. 19", director = "Петров П. П.", chiefAccountant = "Иванова И. И.",
            taxRegime = "usn", defaultVatRate = (decimal?)null, paymentTermDays = 7, concurrencyStamp = stamp,
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        var organisation = await Json(await admin.GetAsync("/api/finance/organisation"));
        organisation.GetProperty("taxId").GetString().ShouldBe("7707083893");
        organisation.GetProperty("taxRegime").GetString().ShouldBe("usn");
        organisation.GetProperty("defaultVatRate").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        organisation.GetProperty("paymentTermDays").GetInt32().ShouldBe(7);
        (await Json(await admin.GetAsync("/api/finance/settings"))).GetProperty("paymentTermDays").GetInt32().ShouldBe(7);
    }

    [Fact]
    public async Task Should_List_The_Chart_With_Its_Russian_Numbers_And_Seed_The_Built_In_Articles()
    {
        var admin = await host.AdminAsync();
        var chart = (await Json(await admin.GetAsync("/api/finance/chart-of-accounts"))).EnumerateArray()
            .Select(a => a.GetProperty("code").GetString()).ToList();
        chart.ShouldBe(["26", "41", "44", "50", "51", "57", "60", "62.01", "62.02", "68.02", "80", "90.01", "90.02", "90.03", "91.01", "91.02", "99"],
            ignoreOrder: true);

        var articles = await Json(await admin.GetAsync("/api/finance/categories"));
        articles.EnumerateArray().Select(a => a.GetProperty("code").GetString())
            .ShouldContain("customer-payments");
        var rent = await FinanceApi.ArticleAsync(admin, "rent");
        (await admin.DeleteAsync($"/api/finance/categories/{rent}")).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var wrongAccount = await admin.PostAsJsonAsync("/api/finance/categories", new { name = "Премии", kind = "expense", ledgerAccount = "90.01" });
        wrongAccount.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Should_Keep_Bank_Accounts_With_Valid_Requisites_And_Delete_Only_Those_Without_Money()
    {
        var admin = await host.AdminAsync();
        var shortNumber = await admin.PostAsJsonAsync("/api/finance/accounts", new { name = "Счёт", kind = "bank", bic = "044525225", accountNumber = "4070281" });
        shortNumber.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var number = FinanceApi.UniqueAccountNumber();
        var bank = await FinanceApi.BankAccountAsync(admin, number);
        (await admin.PostAsJsonAsync("/api/finance/accounts", new { name = "Ещё", kind = "bank", bic = "044525225", accountNumber = number }))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var account = await FinanceApi.AccountAsync(admin, bank);
        account.GetProperty("balance").GetDecimal().ShouldBe(0m);
        account.GetProperty("bankAccountNumber").GetString().ShouldBe(number);
        (await admin.DeleteAsync($"/api/finance/accounts/{bank}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await admin.GetAsync($"/api/finance/accounts/{bank}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_Let_Only_Accountants_And_Admins_Change_The_Books_Settings()
    {
        var (sales, _) = await host.UserAsync("sales");
        var (accountant, _) = await host.UserAsync("accountant");
        (await sales.PutAsJsonAsync("/api/finance/settings", new { invoicePrefix = "ИНВ" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await sales.GetAsync("/api/finance/accounts")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await accountant.GetAsync("/api/finance/accounts")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var badPrefix = await accountant.PutAsJsonAsync("/api/finance/settings", new { invoicePrefix = "С Ч" });
        badPrefix.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}

public sealed class SetupTestsOnSqlite(SqliteHost host) : SetupTests(host), IClassFixture<SqliteHost>;

public sealed class SetupTestsOnPostgreSql(PostgreSqlHost host) : SetupTests(host), IClassFixture<PostgreSqlHost>;
