namespace Suite.Framework.Data;

/// <summary>
/// Where a module keeps its data: its PostgreSQL schema, the prefix of its table names (so modules never
/// collide in one SQLite file) and the name of its event queue.
/// </summary>
public sealed record ModuleDatabase(string Module, string Schema, string TablePrefix)
{
    public string MigrationsHistoryTable => $"__{TablePrefix}MigrationsHistory";
}
