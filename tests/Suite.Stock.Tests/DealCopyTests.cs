using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Suite.Crm.Data;
using Suite.Framework.Events;
using Suite.Stock.Data;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Stock.Tests;

/// <summary>
/// Stock's copies of Crm's deals and companies, fed by Crm's events through the bus and once by Crm's backfill; the pickers
/// that read them and the checks that reservations and shipments make with them.
/// </summary>
public abstract class DealCopyTests(SuiteHost host)
{
    [Fact]
    public async Task Should_Copy_A_Deal_Made_In_Crm_And_Follow_Its_Changes_Under_The_Owner_Rule()
    {
        var (director, _) = await host.UserAsync("director");
        var (anna, _) = await host.UserAsync("sales");
        var (boris, borisId) = await host.UserAsync("sales");
        var companyName = StockApi.Unique("ООО Окна");
        var company = (await Json(await anna.PostAsJsonAsync("/api/crm/companies", new { name = companyName, taxId = "7712345671" })))
            .GetProperty("id").GetGuid();
        var created = await anna.PostAsJsonAsync("/api/crm/deals", new { title = "Окна в коттедж", companyId = company });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var deal = await Json(created);
        var dealId = deal.GetProperty("id").GetGuid();

        var copy = await PickedAsync(anna, dealId, d => d is not null);
        copy!.Value.GetProperty("title").GetString().ShouldBe("Окна в коттедж");
        copy.Value.GetProperty("displayName").GetString().ShouldBe($"Окна в коттедж — {companyName}");
        copy.Value.GetProperty("companyId").GetGuid().ShouldBe(company);
        copy.Value.GetProperty("companyName").GetString().ShouldBe(companyName);
        copy.Value.GetProperty("status").GetString().ShouldBe("open");
        (await ItemsAsync(boris, "/api/stock/deals")).ShouldNotContain(d => d.GetProperty("id").GetGuid() == dealId);
        (await ItemsAsync(director, "/api/stock/companies?filter=7712345671")).Single().GetProperty("displayName").GetString()
            .ShouldBe($"{companyName} (ИНН 7712345671)");

        // A rename and a win arrive; then the director gives the deal to boris, and it leaves anna's picker for his.
        (await anna.PutAsJsonAsync($"/api/crm/deals/{dealId}", new { title = "Окна и двери", companyId = company })).EnsureSuccessStatusCode();
        await PickedAsync(anna, dealId, d => d?.GetProperty("title").GetString() == "Окна и двери");
        (await anna.PostAsync($"/api/crm/deals/{dealId}/win", null)).EnsureSuccessStatusCode();
        await PickedAsync(anna, dealId, d => d?.GetProperty("status").GetString() == "won");
        (await director.PutAsJsonAsync($"/api/crm/deals/{dealId}", new { title = "Окна и двери", companyId = company, ownerId = borisId }))
            .EnsureSuccessStatusCode();
        await PickedAsync(boris, dealId, d => d is not null);
        (await ItemsAsync(anna, "/api/stock/deals")).ShouldNotContain(d => d.GetProperty("id").GetGuid() == dealId);
    }

    [Fact]
    public async Task Should_Bring_The_Deals_That_Existed_Before_The_Copy_Through_The_Backfill_Without_Timeline_Items()
    {
        var (anna, _) = await host.UserAsync("sales");
        var company = (await Json(await anna.PostAsJsonAsync("/api/crm/companies", new { name = StockApi.Unique("ООО Старый клиент") })))
            .GetProperty("id").GetGuid();
        var dealId = (await Json(await anna.PostAsJsonAsync("/api/crm/deals", new { title = "Старая сделка", companyId = company })))
            .GetProperty("id").GetGuid();
        await PickedAsync(anna, dealId, d => d is not null);
        var timeline = await Eventually.Until(() => TimelineCountAsync(anna, dealId), n => n > 0, what: "the deal's creation on its timeline");

        // As if Stock had started keeping copies only now: its copies are empty and Crm's backfill has not run.
        using (var scope = host.Services.CreateScope())
        {
            var stock = scope.ServiceProvider.GetRequiredService<StockDbContext>();
            await stock.Deals.Where(d => d.Id == dealId).ExecuteDeleteAsync();
            await stock.Companies.Where(c => c.Id == company).ExecuteDeleteAsync();
            var crm = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
            await crm.Set<Backfill>().ExecuteDeleteAsync();
        }

        (await ItemsAsync(anna, "/api/stock/deals")).ShouldNotContain(d => d.GetProperty("id").GetGuid() == dealId);

        await host.Services.GetRequiredService<BackfillRunner>().RunPendingAsync(CancellationToken.None);
        var copy = await PickedAsync(anna, dealId, d => d?.GetProperty("companyName").ValueKind == JsonValueKind.String);
        copy!.Value.GetProperty("title").GetString().ShouldBe("Старая сделка");

        // Once is once: the record stops a second run, and the snapshot was no news for Crm's timeline.
        var snapshots = await SnapshotsPublishedAsync();
        await host.Services.GetRequiredService<BackfillRunner>().RunPendingAsync(CancellationToken.None);
        (await SnapshotsPublishedAsync()).ShouldBe(snapshots);
        (await TimelineCountAsync(anna, dealId)).ShouldBe(timeline);
    }

    [Fact]
    public async Task Should_Refuse_A_Shipment_For_A_Deal_Or_Company_Stock_Does_Not_Know_And_Name_Known_Ones()
    {
        var admin = await host.AdminAsync();
        var warehouseId = await StockApi.WarehouseAsync(admin);
        var productId = await StockApi.ProductAsync(admin);
        var lines = new[] { new { productId, quantity = 1m } };

        foreach (var (body, code) in new (object, string)[]
                 {
                     (new { kind = "shipment", warehouseId, dealId = Guid.NewGuid(), lines }, "Stock.Deal.NotFound"),
                     (new { kind = "shipment", warehouseId, companyId = Guid.NewGuid(), lines }, "Stock.Company.NotFound"),
                 })
        {
            var refused = await admin.PostAsJsonAsync("/api/stock/documents", body);
            refused.StatusCode.ShouldBe(HttpStatusCode.Conflict, await refused.Content.ReadAsStringAsync());
            (await Json(refused)).GetProperty("code").GetString().ShouldBe(code);
        }

        var dealId = await StockDeals.CopyAsync(host, title: "Двери в офис");
        var deal = (await ItemsAsync(admin, "/api/stock/deals?filter=двери в офис")).Single();
        var companyId = deal.GetProperty("companyId").GetGuid();
        var draftId = await StockApi.DraftAsync(admin, new { kind = "shipment", warehouseId, dealId, companyId, lines });
        var draft = await Json(await admin.GetAsync($"/api/stock/documents/{draftId}"));
        draft.GetProperty("dealTitle").GetString().ShouldBe("Двери в офис");
        draft.GetProperty("companyName").GetString().ShouldBe(deal.GetProperty("companyName").GetString());
        var listed = (await ItemsAsync(admin, $"/api/stock/documents?dealId={dealId}")).Single();
        listed.GetProperty("dealTitle").GetString().ShouldBe("Двери в офис");
    }

    /// <summary>The deal as the user's deal picker shows it, once <paramref name="done"/> holds (null: not shown).</summary>
    private static Task<JsonElement?> PickedAsync(HttpClient client, Guid dealId, Func<JsonElement?, bool> done) =>
        Eventually.Until(async () =>
        {
            var items = await ItemsAsync(client, "/api/stock/deals?maxResultCount=1000");
            return items.Where(d => d.GetProperty("id").GetGuid() == dealId).Select(d => (JsonElement?)d).SingleOrDefault();
        }, done, what: "Stock's copy of the deal");

    private static async Task<List<JsonElement>> ItemsAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await Json(response)).GetProperty("items").EnumerateArray().Select(e => e.Clone()).ToList();
    }

    private static async Task<long> TimelineCountAsync(HttpClient client, Guid dealId) =>
        (await Json(await client.GetAsync($"/api/crm/timeline?entityType=deal&entityId={dealId}"))).GetProperty("totalCount").GetInt64();

    private async Task<int> SnapshotsPublishedAsync()
    {
        using var scope = host.Services.CreateScope();
        var crm = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        return await crm.OutboxMessages.CountAsync(m => m.EventName == "Crm.Deal.Republished");
    }
}

public sealed class DealCopyTestsOnSqlite(SqliteHost host) : DealCopyTests(host), IClassFixture<SqliteHost>;

public sealed class DealCopyTestsOnPostgreSql(PostgreSqlHost host) : DealCopyTests(host), IClassFixture<PostgreSqlHost>;
