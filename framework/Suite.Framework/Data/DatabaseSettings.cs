namespace Suite.Framework.Data;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>The one database every module's DbContext uses, each in its own schema and tables.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString);
