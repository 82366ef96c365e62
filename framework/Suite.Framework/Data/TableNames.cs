using Microsoft.EntityFrameworkCore;

namespace Suite.Framework.Data;

/// <summary>The quoted name of an entity's table, schema first where the provider has schemas, for hand-written SQL.</summary>
public static class TableNames
{
    /// <summary>Taken from the model, never from input, so it is safe to write into a statement.</summary>
    public static string QuotedTableName<T>(this DbContext db) where T : class
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        return entity.GetSchema() is { } schema ? $"\"{schema}\".\"{entity.GetTableName()}\"" : $"\"{entity.GetTableName()}\"";
    }
}
