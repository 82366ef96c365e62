using System.Net;
using Shouldly;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Host.Tests;

public sealed class DemoHost : SuiteHost
{
    public DemoHost() : base(Framework.Data.DatabaseProvider.Sqlite) => With("Suite:DemoData", "true");
}

/// <summary>What `./run` shows a first-time visitor: demo managers with their own clients.</summary>
public sealed class DemoDataTests(DemoHost host) : IClassFixture<DemoHost>
{
    [Fact]
    public async Task Should_Give_Each_Demo_Manager_Their_Own_Clients_And_The_Director_All()
    {
        var anna = await host.SignInAsync("anna", "Demo123!");
        var boris = await host.SignInAsync("boris", "Demo123!");
        var dina = await host.SignInAsync("dina", "Demo123!");

        var annas = (await Json(await anna.GetAsync("/api/crm/companies"))).GetProperty("totalCount").GetInt64();
        var boriss = (await Json(await boris.GetAsync("/api/crm/companies"))).GetProperty("totalCount").GetInt64();
        var all = (await Json(await dina.GetAsync("/api/crm/companies"))).GetProperty("totalCount").GetInt64();

        annas.ShouldBeGreaterThan(0);
        boriss.ShouldBeGreaterThan(0);
        all.ShouldBe(annas + boriss);
    }

    [Fact]
    public async Task Should_Give_The_Demo_Managers_Contacts_At_Their_Clients_And_Fresh_Leads()
    {
        var anna = await host.SignInAsync("anna", "Demo123!");
        var boris = await host.SignInAsync("boris", "Demo123!");

        var contacts = (await Json(await anna.GetAsync("/api/crm/contacts"))).GetProperty("items").EnumerateArray().ToList();
        contacts.ShouldNotBeEmpty();
        contacts.ShouldAllBe(c => c.GetProperty("companyId").ValueKind != System.Text.Json.JsonValueKind.Null);
        var annasLeads = (await Json(await anna.GetAsync("/api/crm/leads?status=new"))).GetProperty("totalCount").GetInt64();
        var borissLeads = (await Json(await boris.GetAsync("/api/crm/leads?status=new"))).GetProperty("totalCount").GetInt64();
        annasLeads.ShouldBe(2);
        borissLeads.ShouldBe(1);
    }

    [Fact]
    public async Task Should_Give_Finance_A_Copy_Of_Every_Demo_Client()
    {
        var alla = await host.SignInAsync("alla", "Demo123!");
        var companies = (await Json(await alla.GetAsync("/api/crm/companies"))).GetProperty("totalCount").GetInt64();

        await Eventually.Until(async () =>
            (await Json(await alla.GetAsync("/api/finance/customers"))).GetProperty("totalCount").GetInt64() == companies,
            what: "a customer copy of each demo company");
    }

    [Fact]
    public async Task Should_Keep_The_Warehouse_Out_Of_The_Client_Base()
    {
        var vlad = await host.SignInAsync("vlad", "Demo123!");
        (await vlad.GetAsync("/api/crm/companies")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await vlad.GetAsync("/api/finance/customers")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
