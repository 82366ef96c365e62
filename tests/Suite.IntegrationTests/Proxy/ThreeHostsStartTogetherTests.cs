using Npgsql;
using Shouldly;
using Suite.Framework.Data;
using Suite.Framework.Hosting;
using Suite.TestBase;
using Xunit;

namespace Suite.IntegrationTests.Proxy;

/// <summary>
/// Issue 15, capability 3 (ADR 0028): a deploy starts every host at once on an empty database. They take turns
/// preparing it, so each migration is applied once, the seeds and demo data are not doubled, and all become ready.
/// </summary>
public sealed class ThreeHostsStartTogetherTests
{
    /// <summary>Tables the seeds and the demo data fill, with the column that names a row: a name twice is a seed run twice.</summary>
    private static readonly (string Table, string Name)[] Seeded =
    [
        ("identity.\"IdentityUsers\"", "\"UserName\""),
        ("identity.\"IdentityRoles\"", "\"Name\""),
        ("crm.\"CrmCompanies\"", "\"Name\""),
        ("crm.\"CrmPipelines\"", "\"Name\""),
        ("stock.\"StockWarehouses\"", "\"Name\""),
        ("stock.\"StockProducts\"", "\"Sku\""),
        ("finance.\"FinanceMoneyAccounts\"", "\"Name\""),
    ];

    [Fact]
    public async Task Should_Apply_Each_Migration_Once_And_Seed_Once_When_Three_Hosts_Start_Together_On_An_Empty_Database()
    {
        await using var database = await TestDatabase.CreateEmptyAsync(DatabaseProvider.PostgreSql);
        var settings = new HostSettings(database.ConnectionString, database.Folder, DemoData: true);
        var hosts = Enumerable.Range(0, 3).Select(_ => HostProcess.Start(settings.Environment())).ToList();
        try
        {
            await Task.WhenAll(hosts.Select(h => h.ReadyAsync(TimeSpan.FromMinutes(4))));

            // The migrations one `--migrate` applies, module by module, are exactly the ones in each history, once.
            await using var migratedOnce = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);
            var expected = await HistoriesAsync(migratedOnce.ConnectionString);
            var histories = await HistoriesAsync(database.ConnectionString);
            histories.Keys.ShouldBe(expected.Keys, ignoreOrder: true);
            foreach (var (schema, migrations) in histories)
            {
                migrations.ShouldBeUnique($"the {schema} history");
                migrations.ShouldBe(expected[schema], $"the {schema} history");
            }

            await using var db = new NpgsqlConnection(database.ConnectionString);
            await db.OpenAsync();
            foreach (var (table, name) in Seeded)
            {
                (await ScalarAsync<long>(db, $"SELECT count(*) FROM {table}")).ShouldBeGreaterThan(0, $"{table} is seeded");
                (await ScalarAsync<long>(db, $"SELECT count(*) FROM (SELECT {name} FROM {table} GROUP BY {name} HAVING count(*) > 1) d"))
                    .ShouldBe(0, $"{table} has a {name} twice");
            }
            (await ScalarAsync<long>(db, "SELECT count(*) FROM identity.\"IdentityUsers\"")).ShouldBe(1 + DemoUsers.All.Count); // admin + demo people
        }
        finally
        {
            foreach (var host in hosts)
                await host.DisposeAsync();
        }
    }

    /// <summary>Each module's migration history (every schema with an __EFMigrationsHistory table), in order.</summary>
    private static async Task<Dictionary<string, List<string>>> HistoriesAsync(string connectionString)
    {
        await using var db = new NpgsqlConnection(connectionString);
        await db.OpenAsync();
        var schemas = new List<string>();
        await using (var command = new NpgsqlCommand(
            "SELECT table_schema FROM information_schema.tables WHERE table_name = '__EFMigrationsHistory' ORDER BY 1", db))
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                schemas.Add(reader.GetString(0));

        var histories = new Dictionary<string, List<string>>();
        foreach (var schema in schemas)
        {
            var migrations = new List<string>();
            await using var command = new NpgsqlCommand($"SELECT \"MigrationId\" FROM \"{schema}\".\"__EFMigrationsHistory\" ORDER BY 1", db);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                migrations.Add(reader.GetString(0));
            histories[schema] = migrations;
        }
        return histories;
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection db, string sql)
    {
        await using var command = new NpgsqlCommand(sql, db);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
