using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Suite.Framework.Data;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Crm.Tests;

public sealed class CrmDemoHost : SuiteHost
{
    public CrmDemoHost() : base(DatabaseProvider.Sqlite) => With("Suite:DemoData", "true");
}

/// <summary>What a first start puts in the CRM, and that starting again adds nothing twice.</summary>
public sealed class CrmSeedTests(CrmDemoHost host) : IClassFixture<CrmDemoHost>
{
    [Fact]
    public async Task Should_Give_The_Demo_Managers_Deals_At_Every_Step_Of_The_Board()
    {
        var anna = await host.SignInAsync("anna", "Demo123!");
        var boris = await host.SignInAsync("boris", "Demo123!");
        var dina = await host.SignInAsync("dina", "Demo123!");

        var annas = (await Json(await anna.GetAsync("/api/crm/deals?maxResultCount=100"))).GetProperty("totalCount").GetInt64();
        var boriss = (await Json(await boris.GetAsync("/api/crm/deals?maxResultCount=100"))).GetProperty("totalCount").GetInt64();
        var all = await Json(await dina.GetAsync("/api/crm/deals?maxResultCount=100"));

        annas.ShouldBeGreaterThan(0);
        boriss.ShouldBeGreaterThan(0);
        all.GetProperty("totalCount").GetInt64().ShouldBe(annas + boriss);
        all.GetProperty("totalCount").GetInt64().ShouldBeGreaterThanOrEqualTo(12);
        var statuses = all.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("status").GetString()).ToList();
        statuses.ShouldContain("won");
        statuses.ShouldContain("lost");
        all.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("stageId").GetGuid()).Distinct().Count().ShouldBeGreaterThanOrEqualTo(5);
        all.GetProperty("items").EnumerateArray().ShouldAllBe(d => d.GetProperty("amount").GetDecimal() > 0);
    }

    [Fact]
    public async Task Should_Not_Seed_Twice_When_Started_Again()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Data.CrmDbContext>();
        var before = (await db.Sources.CountAsync(), await db.LossReasons.CountAsync(), await db.Pipelines.CountAsync(), await db.Deals.CountAsync());

        await Data.CrmSeedData.SeedAsync(db, default);
        await DemoData.CrmDemoData.SeedAsync(db, scope.ServiceProvider.GetRequiredService<Suite.Framework.Time.BusinessClock>(), default);

        (await db.Sources.CountAsync(), await db.LossReasons.CountAsync(), await db.Pipelines.CountAsync(), await db.Deals.CountAsync())
            .ShouldBe(before);
        before.Item1.ShouldBe(4);
        before.Item2.ShouldBe(4);
        before.Item3.ShouldBe(1);
    }
}
