using Npgsql;
using Suite.Framework.Data;

namespace Suite.TestBase;

/// <summary>A fresh database for one test host: a SQLite file in a temp folder or a new PostgreSQL database.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _folder;
    private readonly string? _postgresName;

    private TestDatabase(DatabaseProvider provider, string folder, string? postgresName, string connectionString)
    {
        Provider = provider;
        _folder = folder;
        _postgresName = postgresName;
        ConnectionString = connectionString;
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }
    public string SqlitePath => Path.Combine(_folder, "suite.db");

    /// <summary>A temp folder of the host's own files (the SQLite file, the data protection keys).</summary>
    public string Folder => _folder;

    /// <summary>A database with every module's schema already migrated (cloned from <see cref="MigratedTemplate"/>), not yet seeded.</summary>
    public static Task<TestDatabase> CreateAsync(DatabaseProvider provider) => CreateAsync(provider, migrated: true);

    /// <summary>A database with nothing in it, for hosts that bring their own schema.</summary>
    public static Task<TestDatabase> CreateEmptyAsync(DatabaseProvider provider) => CreateAsync(provider, migrated: false);

    private static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, bool migrated)
    {
        var folder = Directory.CreateTempSubdirectory("suite-test-").FullName;
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(folder, "suite.db");
            if (migrated)
                File.Copy(await MigratedTemplate.SqliteFileAsync(), file);
            return new TestDatabase(provider, folder, null, $"Data Source={file};Default Timeout=30");
        }

        var name = "suite_test_" + Guid.NewGuid().ToString("N")[..12];
        await MigratedTemplate.ExecuteAsync(migrated ? $"CREATE DATABASE {name} TEMPLATE {await MigratedTemplate.PostgresNameAsync()}" : $"CREATE DATABASE {name}");

        var connection = new NpgsqlConnectionStringBuilder(TestEnvironment.PostgreSql) { Database = name, MaxPoolSize = 50 }.ToString();
        return new TestDatabase(provider, folder, name, connection);
    }

    public async ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, true); } catch (IOException) { }
        if (_postgresName is null)
            return;

        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(TestEnvironment.PostgreSql);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
