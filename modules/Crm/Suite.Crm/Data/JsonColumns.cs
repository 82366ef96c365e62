using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Suite.Crm.Data;

internal static class JsonColumns
{
    /// <summary>
    /// Keeps a string map (custom field values, an import's column mapping) as one JSON text column, the same on
    /// both databases, and compares it by content so an edit of one entry is saved.
    /// </summary>
    public static PropertyBuilder<Dictionary<string, string>> StoredAsJson(this PropertyBuilder<Dictionary<string, string>> property) =>
        property.HasConversion(
            v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null),
            v => JsonSerializer.Deserialize<Dictionary<string, string>>(v, (JsonSerializerOptions?)null) ?? new Dictionary<string, string>(),
            new ValueComparer<Dictionary<string, string>>(
                (a, b) => a!.Count == b!.Count && !a.Except(b).Any(),
                v => v.Aggregate(0, (hash, pair) => HashCode.Combine(hash, pair.Key, pair.Value)),
                v => new Dictionary<string, string>(v)));
}
