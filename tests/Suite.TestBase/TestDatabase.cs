using Npgsql;
using Suite.Framework.Data;

namespace Suite.TestBase;

/// <summary>A fresh, empty database for one test host: a SQLite file in a temp folder or a new PostgreSQL database.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _sqliteFolder;
    private readonly string? _postgresName;

    private TestDatabase(DatabaseProvider provider, string? sqliteFolder, string? postgresName, string connectionString)
    {
        Provider = provider;
        _sqliteFolder = sqliteFolder;
        _postgresName = postgresName;
        ConnectionString = connectionString;
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }
    public string? SqlitePath => _sqliteFolder is null ? null : Path.Combine(_sqliteFolder, "suite.db");

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("suite-test-").FullName;
            return new TestDatabase(provider, folder, null, $"Data Source={Path.Combine(folder, "suite.db")};Default Timeout=30");
        }

        var name = "suite_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var admin = new NpgsqlConnection(TestEnvironment.PostgreSql))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }

        var connection = new NpgsqlConnectionStringBuilder(TestEnvironment.PostgreSql) { Database = name, MaxPoolSize = 50 }.ToString();
        return new TestDatabase(provider, null, name, connection);
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFolder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(_sqliteFolder, true); } catch (IOException) { }
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(TestEnvironment.PostgreSql);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
