using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using Suite.Framework.Data;
using Suite.TestBase;
using Xunit;

namespace Suite.IntegrationTests;

/// <summary>Crm → event bus → Finance through the real host: Finance's customer copies follow Crm's companies.</summary>
public abstract class CompanyCopyTests(SuiteHost host) : IAsyncLifetime
{
    public Task InitializeAsync() => host.InitializeAsync();

    public async Task DisposeAsync() => await ((IAsyncLifetime)host).DisposeAsync();

    [Fact]
    public async Task Should_Keep_Finance_Customers_In_Step_With_Crm_Companies()
    {
        var admin = await host.AdminAsync();
        var marker = Guid.NewGuid().ToString("N")[..8];

        var created = await admin.PostAsJsonAsync("/api/crm/companies", new { name = $"ООО «Копия {marker}»", taxId = "7707083893", kpp = "773601001" });
        created.EnsureSuccessStatusCode();
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();

        var customer = await Eventually.Until(() => CustomerAsync(admin, marker), c => c is not null, what: "the customer copy");
        customer!.Value.GetProperty("id").GetGuid().ShouldBe(id);
        customer.Value.GetProperty("taxId").GetString().ShouldBe("7707083893");

        (await admin.PutAsJsonAsync($"/api/crm/companies/{id}", new { name = $"АО «Копия {marker}»", taxId = "7707083893", kpp = "773601001", address = "Москва" }))
            .EnsureSuccessStatusCode();
        customer = await Eventually.Until(() => CustomerAsync(admin, marker),
            c => c?.GetProperty("name").GetString() == $"АО «Копия {marker}»", what: "the renamed copy");
        customer!.Value.GetProperty("address").GetString().ShouldBe("Москва");

        (await admin.DeleteAsync($"/api/crm/companies/{id}")).EnsureSuccessStatusCode();
        await Eventually.Until(async () => await CustomerAsync(admin, marker) is null, what: "the copy to disappear");
    }

    [Fact]
    public async Task Should_Report_Ready_With_A_Check_For_Each_Dependency()
    {
        var ready = await host.Anonymous().GetAsync("/health/ready");
        ready.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        var checks = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement.GetProperty("checks");
        checks.TryGetProperty("rabbitmq", out _).ShouldBe(host.UsesRabbitMq);
        checks.GetProperty("outbox-backlog").GetProperty("status").GetString().ShouldBe("Healthy");
    }

    private static async Task<JsonElement?> CustomerAsync(HttpClient client, string marker)
    {
        var page = JsonDocument.Parse(await client.GetStringAsync($"/api/finance/customers?filter={marker}")).RootElement;
        return page.GetProperty("totalCount").GetInt64() == 0 ? null : page.GetProperty("items")[0].Clone();
    }
}

public sealed class CompanyCopyTestsOverRabbitMq() : CompanyCopyTests(new SuiteHost(DatabaseProvider.PostgreSql, TestEnvironment.RabbitMq));

public sealed class CompanyCopyTestsInProcess() : CompanyCopyTests(new SuiteHost(DatabaseProvider.Sqlite));
