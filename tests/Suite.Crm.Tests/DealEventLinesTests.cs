using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Suite.Crm.Data;
using Suite.Framework.Events;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Crm.Tests;

/// <summary>
/// A deal's events carry its lines, so Finance can draft an invoice from its copy of the deal: on creation, on an
/// edit of only the lines, and in the one-time snapshot for copies that start later. Read from Crm's outbox, which is
/// exactly what the bus delivers.
/// </summary>
public abstract class DealEventLinesTests(SuiteHost host)
{
    [Fact]
    public async Task Should_Carry_The_Lines_When_Created_When_Only_The_Lines_Change_And_In_The_Snapshot()
    {
        var admin = await host.AdminAsync();
        var company = await CrmApi.CompanyAsync(admin);
        var productId = Guid.NewGuid();
        var deal = await CrmApi.DealAsync(admin, company, "Окна в школу", new
        {
            lines = new object[]
            {
                new { description = "Окно ПВХ", quantity = 1.5m, unitPrice = 333.33m, productId },
                new { description = "Монтаж", quantity = 3m, unitPrice = 100.10m },
            },
        });
        var id = deal.GetProperty("id").GetGuid();

        var created = (await PayloadsAsync("Crm.Deal.Created", id)).ShouldHaveSingleItem();
        Lines(created).ShouldBe([
            new Line(0, productId, "Окно ПВХ", 1.5m, 333.33m, 500.00m),
            new Line(1, null, "Монтаж", 3m, 100.10m, 300.30m),
        ]);

        var edited = await admin.PutAsJsonAsync($"/api/crm/deals/{id}", new
        {
            title = "Окна в школу", companyId = company, concurrencyStamp = deal.GetProperty("concurrencyStamp").GetString(),
            lines = new[] { new { description = "Окно ПВХ", quantity = 4m, unitPrice = 333.33m, productId } },
        });
        edited.StatusCode.ShouldBe(HttpStatusCode.OK, await edited.Content.ReadAsStringAsync());

        var updated = (await PayloadsAsync("Crm.Deal.Updated", id)).ShouldHaveSingleItem();
        Lines(updated).ShouldBe([new Line(0, productId, "Окно ПВХ", 4m, 333.33m, 1333.32m)]);
        updated.GetProperty("amount").GetDecimal().ShouldBe(1333.32m);
        updated.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("field").GetString()).ShouldContain("lines");

        // As on a database where the first snapshot ran before deals carried their lines.
        using (var scope = host.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<CrmDbContext>().Set<Backfill>()
                .Where(b => b.Name == "Crm.Deals.Republished.v3").ExecuteDeleteAsync();
        await host.Services.GetRequiredService<BackfillRunner>().RunPendingAsync(CancellationToken.None);

        var snapshot = (await PayloadsAsync("Crm.Deal.Republished", id)).ShouldHaveSingleItem();
        Lines(snapshot).ShouldBe([new Line(0, productId, "Окно ПВХ", 4m, 333.33m, 1333.32m)]);
    }

    private sealed record Line(int Position, Guid? ProductId, string Description, decimal Quantity, decimal UnitPrice, decimal Amount);

    private static List<Line> Lines(JsonElement payload) => payload.GetProperty("lines").EnumerateArray()
        .Select(l => new Line(l.GetProperty("position").GetInt32(),
            l.GetProperty("productId").ValueKind == JsonValueKind.Null ? null : l.GetProperty("productId").GetGuid(),
            l.GetProperty("description").GetString()!, l.GetProperty("quantity").GetDecimal(), l.GetProperty("unitPrice").GetDecimal(),
            l.GetProperty("amount").GetDecimal()))
        .ToList();

    private async Task<List<JsonElement>> PayloadsAsync(string eventName, Guid dealId)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        return (await db.OutboxMessages.Where(m => m.EventName == eventName).Select(m => m.Payload).ToListAsync())
            .Select(p => JsonDocument.Parse(p).RootElement)
            .Where(p => p.GetProperty("dealId").GetGuid() == dealId)
            .ToList();
    }
}

public sealed class DealEventLinesTestsOnSqlite(SqliteHost host) : DealEventLinesTests(host), IClassFixture<SqliteHost>;

public sealed class DealEventLinesTestsOnPostgreSql(PostgreSqlHost host) : DealEventLinesTests(host), IClassFixture<PostgreSqlHost>;
