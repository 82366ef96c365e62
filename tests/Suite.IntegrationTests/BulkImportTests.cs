using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Shouldly;
using Suite.Framework.Data;
using Suite.Framework.Requisites;
using Suite.TestBase;
using Xunit;

namespace Suite.IntegrationTests;

/// <summary>
/// Imports of a few thousand rows take the set-wise path (binary COPY on PostgreSQL): the report counts what it did,
/// duplicates against existing cards and inside the file are skipped or merged, and every new card reaches the other
/// modules' copies through the outbox and RabbitMQ.
/// </summary>
public abstract class BulkImportTests(SuiteHost host) : IAsyncLifetime
{
    private static int _taxIdSeed = Random.Shared.Next(600_000_000, 700_000_000);

    public Task InitializeAsync() => host.InitializeAsync();

    public async Task DisposeAsync() => await ((IAsyncLifetime)host).DisposeAsync();

    [Fact]
    public async Task Should_Import_Thousands_Of_Companies_Skipping_Duplicates_And_Copy_Them_To_Finance()
    {
        var admin = await host.AdminAsync();
        var marker = "bulk" + Guid.NewGuid().ToString("N")[..8];
        var taxIds = Enumerable.Range(0, 3_000).Select(_ => TaxId.Complete(Interlocked.Increment(ref _taxIdSeed).ToString("D9"))).ToList();

        // 200 cards exist before the big file, which repeats them, and every 100th row repeats the row 50 above it.
        var first = await ImportCompaniesAsync(admin, Enumerable.Range(0, 200).Select(i => ($"ООО «{marker} {i:D4}»", taxIds[i])));
        first.GetProperty("created").GetInt32().ShouldBe(200);
        var rows = Enumerable.Range(0, 3_000).Select(i => i % 100 == 99 ? i - 50 : i).Select(i => ($"ООО «{marker} {i:D4}»", taxIds[i])).ToList();
        var job = await ImportCompaniesAsync(admin, rows);

        // Rows 99 and 199 of the file repeat rows 49 and 149, so 198 existing tax ids are in it, and 2,970 distinct ones.
        job.GetProperty("processed").GetInt32().ShouldBe(3_000);
        job.GetProperty("created").GetInt32().ShouldBe(2_970 - 198);
        job.GetProperty("skipped").GetInt32().ShouldBe(3_000 - 2_772);
        job.GetProperty("errorCount").GetInt32().ShouldBe(0);
        var companies = await TotalAsync(admin, $"/api/crm/companies?filter={marker}");
        companies.ShouldBe(200 + 2_772);

        // Finance keeps a customer per company, fed only by Crm.Company.Created over the bus.
        await Eventually.Until(() => TotalAsync(admin, $"/api/finance/customers?filter={marker}"), total => total == companies,
            TimeSpan.FromSeconds(120), "Finance's copies of every imported company");
    }

    [Fact]
    public async Task Should_Import_Thousands_Of_Products_Updating_Repeated_Skus_And_Copy_Them_To_Finance()
    {
        var admin = await host.AdminAsync();
        var marker = "bulk" + Guid.NewGuid().ToString("N")[..8];
        string Line(int i, string name) => $"{marker}-{i:D4};{name} {marker} {i:D4};шт;{marker}{i:D4};100,50;20";

        var first = await ImportProductsAsync(admin, Enumerable.Range(0, 100).Select(i => Line(i, "Болт")));
        first.GetProperty("created").GetInt32().ShouldBe(100);
        // The first 100 SKUs are in the catalog (updated); every 100th row repeats the SKU 50 rows above (that new card is updated).
        var result = await ImportProductsAsync(admin, Enumerable.Range(0, 3_000)
            .Select(i => i % 100 == 99 ? Line(i - 50, "Гайка") : Line(i, i < 100 ? "Винт" : "Шайба")));

        // Row 99 repeats SKU 49 (in the catalog): 100 rows update catalog cards, 29 update cards created earlier in the file.
        result.GetProperty("errors").GetArrayLength().ShouldBe(0);
        result.GetProperty("updated").GetInt32().ShouldBe(100 + 29);
        result.GetProperty("created").GetInt32().ShouldBe(3_000 - 129);
        (await TotalAsync(admin, $"/api/stock/products?filter={marker}")).ShouldBe(100 + 2_871);
        (await TotalAsync(admin, $"/api/stock/products?filter=гайка {marker}")).ShouldBe(30);

        await Eventually.Until(() => TotalAsync(admin, $"/api/finance/products?filter={marker}"), total => total == 100 + 2_871,
            TimeSpan.FromSeconds(120), "Finance's copies of every imported product");
        await Eventually.Until(() => TotalAsync(admin, $"/api/finance/products?filter=гайка {marker}"), total => total == 30,
            TimeSpan.FromSeconds(60), "Finance's copies of the cards the file changed twice");
    }

    private static async Task<JsonElement> ImportCompaniesAsync(HttpClient client, IEnumerable<(string Name, string TaxId)> rows)
    {
        var csv = new StringBuilder("Название;ИНН\r\n");
        foreach (var (name, taxId) in rows)
            csv.Append(name).Append(';').Append(taxId).Append("\r\n");
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv.ToString())), "file", "companies.csv" } };
        var uploaded = await client.PostAsync("/api/crm/imports?target=company", form);
        uploaded.EnsureSuccessStatusCode();
        var id = JsonDocument.Parse(await uploaded.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        (await client.PostAsJsonAsync($"/api/crm/imports/{id}/run",
            new { mapping = new Dictionary<string, string> { ["Название"] = "name", ["ИНН"] = "taxId" }, duplicates = "skip" })).EnsureSuccessStatusCode();
        var job = await Eventually.Until(
            async () => JsonDocument.Parse(await client.GetStringAsync($"/api/crm/imports/{id}")).RootElement.Clone(),
            j => j.GetProperty("status").GetString() is "completed" or "failed", TimeSpan.FromSeconds(120), "the import to finish");
        job.GetProperty("status").GetString().ShouldBe("completed");
        return job;
    }

    private static async Task<JsonElement> ImportProductsAsync(HttpClient client, IEnumerable<string> lines)
    {
        var csv = "sku;name;unit;barcode;salePrice;vatRate\r\n" + string.Join("\r\n", lines);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "products.csv" } };
        var response = await client.PostAsync("/api/stock/products/import", form);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static async Task<long> TotalAsync(HttpClient client, string url) =>
        JsonDocument.Parse(await client.GetStringAsync(url)).RootElement.GetProperty("totalCount").GetInt64();
}

public sealed class BulkImportTestsOverRabbitMq() : BulkImportTests(new SuiteHost(DatabaseProvider.PostgreSql, TestEnvironment.RabbitMq));
