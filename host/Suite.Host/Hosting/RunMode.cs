using Microsoft.Data.Sqlite;
using Suite.Framework.Data;

namespace Suite.Host.Hosting;

/// <summary>
/// Embedded (SQLite file + in-process bus + demo data) unless ConnectionStrings:Suite names a PostgreSQL
/// server; RabbitMQ is used when RabbitMq:Uri is set.
/// </summary>
internal sealed record RunMode(DatabaseSettings Database, string? RabbitMqUri, bool DemoData, string AdminPassword, bool AdminPasswordIsDefault)
{
    public const string DefaultAdminPassword = "Admin123!";

    public bool IsEmbedded => Database.Provider == DatabaseProvider.Sqlite;

    /// <summary>
    /// The folder of the embedded database and the key ring that protects sign-in cookies and tokens. Empty
    /// means the default (`Suite__DataPath=` in a script, an empty value in appsettings): taken as is it made a
    /// relative "keys" folder in whatever folder the host was started from, and a checkout once committed its
    /// master key that way.
    /// </summary>
    public static string DataPath(IConfiguration configuration, string contentRoot) =>
        NotEmpty(configuration["Suite:DataPath"]) ?? Path.Combine(contentRoot, "data");

    public static RunMode From(IConfiguration configuration, string contentRoot)
    {
        var postgres = configuration.GetConnectionString("Suite");
        DatabaseSettings database;
        if (!string.IsNullOrWhiteSpace(postgres))
            database = new DatabaseSettings(DatabaseProvider.PostgreSql, postgres);
        else
        {
            var path = NotEmpty(configuration["Suite:SqlitePath"]) ?? Path.Combine(DataPath(configuration, contentRoot), "suite.db");
            database = new DatabaseSettings(DatabaseProvider.Sqlite,
                new SqliteConnectionStringBuilder { DataSource = path, DefaultTimeout = 30, Pooling = true }.ToString());
        }

        var embedded = database.Provider == DatabaseProvider.Sqlite;
        var password = configuration["Suite:AdminPassword"];
        return new RunMode(
            database,
            string.IsNullOrWhiteSpace(configuration["RabbitMq:Uri"]) ? null : configuration["RabbitMq:Uri"],
            configuration.GetValue<bool?>("Suite:DemoData") ?? embedded,
            password ?? (embedded ? DefaultAdminPassword : ""),
            password is null && embedded);
    }

    private static string? NotEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
