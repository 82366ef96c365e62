using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Shouldly;
using Suite.TestBase;
using Xunit;

namespace Suite.Host.Tests;

public sealed class HostTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    [Fact]
    public async Task Should_Report_Live_And_Ready_With_Each_Check()
    {
        var client = host.Anonymous();
        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var ready = await client.GetAsync("/health/ready");
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        var checks = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement.GetProperty("checks");
        checks.EnumerateObject().Select(c => c.Name).ShouldBe(
            ["database-identity", "database-settings", "database-notifications", "database-crm", "database-tasks", "database-docs", "database-finance", "database-stock", "outbox-backlog", "backup"], ignoreOrder: true);
    }

    [Fact]
    public async Task Should_Serve_The_Api_Description_And_Its_Browser()
    {
        var client = host.Anonymous();
        var document = await client.GetStringAsync("/openapi/v1.json");
        document.ShouldContain("\"operationId\": \"GetCompanies\"");
        (await client.GetAsync("/scalar")).StatusCode.ShouldBeOneOf(HttpStatusCode.OK, HttpStatusCode.Redirect, HttpStatusCode.MovedPermanently);
    }

    [Fact]
    public async Task The_Angular_Client_Is_Generated_From_The_Current_Api_Description()
    {
        var served = JsonNode.Parse(await host.Anonymous().GetStringAsync("/openapi/v1.json"));
        var committedPath = Path.Combine(RepositoryRoot(), "angular", "openapi.json");
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(committedPath));

        JsonNode.DeepEquals(served, committed).ShouldBeTrue(
            "angular/openapi.json is stale: start the host, run `npm run api:fetch` and `npm run api:generate` in angular/ (see angular/README.md).");
    }

    [Fact]
    public async Task Should_Serve_The_Web_App_For_Its_Routes_But_Not_For_Unknown_Api_Routes()
    {
        var client = host.Anonymous();
        var page = await client.GetAsync("/crm/companies");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        (await page.Content.ReadAsStringAsync()).ShouldContain("<app-root");

        var api = await client.GetAsync("/api/no-such-thing");
        api.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        api.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    internal static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Suite.sln")))
            folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("Suite.sln not found above " + AppContext.BaseDirectory);
    }
}
