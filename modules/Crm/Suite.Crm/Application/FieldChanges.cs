using System.Globalization;
using Suite.Crm.Events;

namespace Suite.Crm.Application;

/// <summary>
/// The fields of a card as the user reads them, taken before and after an update; the difference is what the
/// Updated events carry and what the timeline shows as "old → new".
/// </summary>
internal sealed class FieldSnapshot
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);

    public FieldSnapshot Add(string field, string? value)
    {
        _values[field] = string.IsNullOrEmpty(value) ? null : value;
        return this;
    }

    public FieldSnapshot Add(string field, Guid? value) => Add(field, value?.ToString());

    public FieldSnapshot Add(string field, decimal value) => Add(field, value.ToString("0.00", CultureInfo.InvariantCulture));

    public FieldSnapshot Add(string field, DateOnly? value) => Add(field, value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public FieldSnapshot Add(string field, IEnumerable<string> values) => Add(field, string.Join(", ", values));

    /// <summary>The fields whose value differs, in the order they were added to <paramref name="after"/>.</summary>
    public static List<FieldChange> Between(FieldSnapshot before, FieldSnapshot after) =>
        after._values
            .Where(pair => !string.Equals(before._values.GetValueOrDefault(pair.Key), pair.Value, StringComparison.Ordinal))
            .Select(pair => new FieldChange(pair.Key, before._values.GetValueOrDefault(pair.Key), pair.Value))
            .ToList();
}
