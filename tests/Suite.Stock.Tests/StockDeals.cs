using Microsoft.Extensions.DependencyInjection;
using Suite.Stock.Data;
using Suite.Stock.Domain.Companies;
using Suite.Stock.Domain.Deals;
using Suite.TestBase;

namespace Suite.Stock.Tests;

/// <summary>
/// Deals and companies in Stock's copies, written as Crm's events would leave them, for tests whose subject is not the copy
/// itself (that one goes through the bus: DealCopyTests).
/// </summary>
internal static class StockDeals
{
    /// <summary>A deal owned by <paramref name="ownerId"/> (a stranger when null) on a company of the same owner.</summary>
    public static async Task<Guid> CopyAsync(SuiteHost host, Guid? ownerId = null, string? title = null)
    {
        var owner = ownerId ?? Guid.NewGuid();
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<StockDbContext>();
        var company = new Company(Guid.NewGuid());
        company.Apply(StockApi.Unique("ООО Клиент"), null, owner, DateTimeOffset.UtcNow);
        var deal = new Deal(Guid.NewGuid());
        deal.Apply(title ?? StockApi.Unique("Сделка"), company.Id, owner, DealStatuses.Open, DateTimeOffset.UtcNow);
        db.Companies.Add(company);
        db.Deals.Add(deal);
        await db.SaveChangesAsync();
        return deal.Id;
    }

    /// <summary><paramref name="count"/> deals of strangers.</summary>
    public static async Task<List<Guid>> CopiesAsync(SuiteHost host, int count)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
            ids.Add(await CopyAsync(host));
        return ids;
    }
}
