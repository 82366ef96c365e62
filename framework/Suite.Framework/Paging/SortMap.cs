using System.Linq.Expressions;
using Suite.Framework.Domain;
using Suite.Framework.Localization;

namespace Suite.Framework.Paging;

/// <summary>The fields a list may be sorted by, by their API names; anything else is a 400, not a silent default.</summary>
public sealed class SortMap<T>
{
    private readonly Dictionary<string, (Func<IQueryable<T>, bool, IOrderedQueryable<T>> First, Func<IOrderedQueryable<T>, bool, IOrderedQueryable<T>> Then)> _fields =
        new(StringComparer.OrdinalIgnoreCase);

    private readonly string _defaultSorting;

    public SortMap(string defaultSorting) => _defaultSorting = defaultSorting;

    public SortMap<T> Add<TKey>(string name, Expression<Func<T, TKey>> key)
    {
        _fields[name] = (
            (q, desc) => desc ? q.OrderByDescending(key) : q.OrderBy(key),
            (q, desc) => desc ? q.ThenByDescending(key) : q.ThenBy(key));
        return this;
    }

    public IOrderedQueryable<T> Apply(IQueryable<T> query, string? sorting)
    {
        IOrderedQueryable<T>? ordered = null;
        var clauses = (string.IsNullOrWhiteSpace(sorting) ? _defaultSorting : sorting)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        foreach (var clause in clauses)
        {
            var parts = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var descending = parts.Length > 1 && parts[1].Equals("desc", StringComparison.OrdinalIgnoreCase);
            var validDirection = parts.Length == 1 || parts[1].Equals("asc", StringComparison.OrdinalIgnoreCase) || descending;
            if (parts.Length > 2 || !validDirection || !_fields.TryGetValue(parts[0], out var field))
                throw InputValidationException.For("sorting", Text.Pick(
                    $"Нельзя сортировать по '{clause}'. Можно по: {string.Join(", ", _fields.Keys)}, с asc или desc.",
                    $"Cannot sort by '{clause}'. Use one of: {string.Join(", ", _fields.Keys)}, optionally followed by asc or desc."));
            ordered = ordered is null ? field.First(query, descending) : field.Then(ordered, descending);
        }

        return ordered!;
    }
}
