using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Stock.Tests;

/// <summary>
/// Stock keeps its own copy of Identity's users, fed by Identity's events through the bus (the framework's one
/// building block, as Crm's): who reserved is shown by full name, follows a rename, and stays after they are disabled.
/// </summary>
public abstract class PeopleCopyTests(SuiteHost host)
{
    [Fact]
    public async Task Should_Show_Who_Reserved_By_Full_Name_After_A_Rename_And_After_They_Are_Disabled()
    {
        var admin = await host.AdminAsync();
        var login = $"sales-{Guid.NewGuid():N}"[..20];
        var (sales, salesId) = await host.UserAsync("sales", login);
        var warehouseId = await StockApi.WarehouseAsync(admin);
        var productId = await StockApi.ProductAsync(admin);
        await StockApi.ReceiptAsync(admin, warehouseId, productId, 10, 500);
        var dealId = await DealAsync(sales);

        // Once Stock checks deals against its own copy of Crm's, the copy may need a moment to arrive.
        var reserved = await Eventually.Until(() => ReservationApi.ReserveAsync(sales, productId, warehouseId, dealId, 3),
            r => r.StatusCode == HttpStatusCode.Created, what: "the reservation");
        var id = (await Json(reserved)).GetProperty("id").GetGuid();
        (await Json(reserved)).GetProperty("createdBy").GetGuid().ShouldBe(salesId);

        var name = StockApi.Unique("Ольга Резервова");
        await IdentityEvents.RenameAsync(host, salesId, login, name, ["sales"]);
        await Eventually.Until(async () => (await Listed(sales, dealId)).GetProperty("createdByName").GetString() == name,
            what: "the new name on the reservation");
        (await Json(await sales.GetAsync($"/api/stock/reservations/{id}"))).GetProperty("createdByName").GetString().ShouldBe(name);

        var later = StockApi.Unique("Ольга Уволенная");
        await IdentityEvents.DisableAsync(host, salesId, login, later, ["sales"]);
        await Eventually.Until(async () => (await Listed(admin, dealId)).GetProperty("createdByName").GetString() == later,
            what: "the disabled user's name on the reservation");
    }

    private static async Task<JsonElement> Listed(HttpClient client, Guid dealId) =>
        (await ReservationApi.ListAsync(client, $"dealId={dealId}")).Single();

    /// <summary>A real Crm deal owned by the user, so the test holds once Stock keeps its own copy of deals.</summary>
    private static async Task<Guid> DealAsync(HttpClient sales)
    {
        var company = await sales.PostAsJsonAsync("/api/crm/companies", new { name = StockApi.Unique("ООО Резерв") });
        company.EnsureSuccessStatusCode();
        var deal = await sales.PostAsJsonAsync("/api/crm/deals", new { title = "Под резерв", companyId = (await Json(company)).GetProperty("id").GetGuid() });
        deal.StatusCode.ShouldBe(HttpStatusCode.Created, await deal.Content.ReadAsStringAsync());
        return (await Json(deal)).GetProperty("id").GetGuid();
    }
}

public sealed class PeopleCopyTestsOnSqlite(SqliteHost host) : PeopleCopyTests(host), IClassFixture<SqliteHost>;

public sealed class PeopleCopyTestsOnPostgreSql(PostgreSqlHost host) : PeopleCopyTests(host), IClassFixture<PostgreSqlHost>;
