namespace Suite.Framework.Data;

/// <summary>
/// The database `dotnet ef migrations add` designs for: SUITE_MIGRATIONS_PROVIDER picks Sqlite (default) or
/// PostgreSql; no connection is opened (see scripts/add-migration.sh).
/// </summary>
public static class DesignTimeDatabase
{
    public static DatabaseSettings FromEnvironment()
    {
        var provider = Enum.Parse<DatabaseProvider>(Environment.GetEnvironmentVariable("SUITE_MIGRATIONS_PROVIDER") ?? "Sqlite", true);
        return provider == DatabaseProvider.PostgreSql
            ? new DatabaseSettings(provider, "Host=localhost;Database=suite_design")
            : new DatabaseSettings(provider, "Data Source=design.db");
    }
}
