using System.Linq.Expressions;
using System.Text.Json;
using Suite.Framework.Domain;
using Suite.Framework.Localization;

namespace Suite.Framework.Paging;

/// <summary>
/// The sort orders of a list that pages by cursor as well as by offset. The same sorting syntax as <see cref="SortMap{T}"/>;
/// unique keys end every order, so each row has exactly one place and a cursor (the last row's key values, with the
/// sorting they belong to) says where the next page starts. Keys that can be null sort by offset only.
/// </summary>
public sealed class KeysetOrder<T>
{
    private readonly Dictionary<string, Key> _fields = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Key> _unique = [];
    private readonly string _defaultSorting;

    public KeysetOrder(string defaultSorting) => _defaultSorting = defaultSorting;

    /// <summary>A sort key that is never null, so a page can start after its value.</summary>
    public KeysetOrder<T> Add<TKey>(string name, Expression<Func<T, TKey>> key)
    {
        _fields[name] = new Key(name, key, typeof(TKey), Cursor: true);
        return this;
    }

    /// <summary>A sort key that can be null: sorted by, but paged by offset only (its nulls sort differently per database).</summary>
    public KeysetOrder<T> AddOffsetOnly<TKey>(string name, Expression<Func<T, TKey>> key)
    {
        _fields[name] = new Key(name, key, typeof(TKey), Cursor: false);
        return this;
    }

    /// <summary>The unique keys that end every order, ascending, in the order added (e.g. the row's id).</summary>
    public KeysetOrder<T> ThenByUnique<TKey>(Expression<Func<T, TKey>> key)
    {
        _unique.Add(new Key("#" + _unique.Count, key, typeof(TKey), Cursor: true));
        return this;
    }

    /// <summary>Sorts, starts after <see cref="KeysetPageRequest.After"/> when given, then skips and takes the page.</summary>
    public IQueryable<T> Page(IQueryable<T> query, KeysetPageRequest request)
    {
        if (request.After is { Length: > 0 } after)
            query = query.Where(After(Order(request.Sorting), after));
        return Sorted(query, request.Sorting).Skip(request.Skip).Take(request.Take);
    }

    /// <summary>All rows in the page's order (an export of the list).</summary>
    public IOrderedQueryable<T> Sorted(IQueryable<T> query, string? sorting)
    {
        IOrderedQueryable<T>? ordered = null;
        foreach (var (key, descending) in Order(sorting).Keys)
            ordered = Sort(ordered, query, key, descending);
        return ordered!;
    }

    /// <summary>The cursor after <paramref name="rows"/>' last row when the page is full (a next page may exist), else null.</summary>
    public string? NextCursor(IReadOnlyList<T> rows, KeysetPageRequest request) =>
        rows.Count == request.Take ? CursorAfter(rows[^1], request.Sorting) : null;

    /// <summary>The cursor of the page after <paramref name="last"/>, or null when the sorting has a key that pages by offset only.</summary>
    public string? CursorAfter(T last, string? sorting)
    {
        var order = Order(sorting);
        if (order.Keys.Any(k => !k.Key.Cursor))
            return null;
        var values = order.Keys.Select(k => k.Key.Read(last)).ToArray();
        var json = JsonSerializer.SerializeToUtf8Bytes(new Cursor(order.Text, values));
        return Convert.ToBase64String(json).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    private sealed record Cursor(string Sorting, object?[] Values);

    private sealed record Parsed(string Text, List<(Key Key, bool Descending)> Keys);

    private Parsed Order(string? sorting)
    {
        var keys = new List<(Key, bool)>();
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
            keys.Add((field, descending));
        }

        keys.AddRange(_unique.Select(u => (u, false)));
        return new Parsed(string.Join(",", keys.Select(k => k.Item1.Name + (k.Item2 ? " desc" : ""))), keys);
    }

    private static IOrderedQueryable<T> Sort(IOrderedQueryable<T>? ordered, IQueryable<T> query, Key key, bool descending)
    {
        var method = (ordered is null, descending) switch
        {
            (true, false) => nameof(Queryable.OrderBy),
            (true, true) => nameof(Queryable.OrderByDescending),
            (false, false) => nameof(Queryable.ThenBy),
            _ => nameof(Queryable.ThenByDescending),
        };
        var source = ordered ?? query;
        var call = Expression.Call(typeof(Queryable), method, [typeof(T), key.Type], source.Expression, Expression.Quote(key.Selector));
        return (IOrderedQueryable<T>)source.Provider.CreateQuery<T>(call);
    }

    /// <summary>
    /// The rows after the cursor: (k1 > v1) or (k1 = v1 and k2 > v2) or …, each "&gt;" a "&lt;" for a descending key, and
    /// the first key's bound once more on its own (k1 ≥ v1), which lets the database seek in an index on it.
    /// </summary>
    private static Expression<Func<T, bool>> After(Parsed order, string after)
    {
        var values = Read(order, after);
        var row = Expression.Parameter(typeof(T), "row");
        Expression? any = null;
        Expression? equalSoFar = null;
        for (var i = 0; i < order.Keys.Count; i++)
        {
            var (key, descending) = order.Keys[i];
            var left = key.Body(row);
            var right = Parameter(values[i], key.Type);
            var beyond = Compare(left, right, descending ? ExpressionType.LessThan : ExpressionType.GreaterThan);
            var step = equalSoFar is null ? beyond : Expression.AndAlso(equalSoFar, beyond);
            any = any is null ? step : Expression.OrElse(any, step);
            var equal = Compare(left, right, ExpressionType.Equal);
            equalSoFar = equalSoFar is null ? equal : Expression.AndAlso(equalSoFar, equal);
        }

        var (first, firstDescending) = order.Keys[0];
        var seek = Compare(first.Body(row), Parameter(values[0], first.Type),
            firstDescending ? ExpressionType.LessThanOrEqual : ExpressionType.GreaterThanOrEqual);
        return Expression.Lambda<Func<T, bool>>(Expression.AndAlso(seek, any!), row);
    }

    private static object?[] Read(Parsed order, string after)
    {
        try
        {
            var base64 = after.Replace('-', '+').Replace('_', '/');
            var json = JsonDocument.Parse(Convert.FromBase64String(base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '='))).RootElement;
            var values = json.GetProperty(nameof(Cursor.Values)).EnumerateArray().ToList();
            if (json.GetProperty(nameof(Cursor.Sorting)).GetString() == order.Text && values.Count == order.Keys.Count)
            {
                var read = values.Select((v, i) => v.Deserialize(order.Keys[i].Key.Type)).ToArray();
                if (read.All(v => v is not null))
                    return read;
            }
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException or KeyNotFoundException)
        {
            // Reported below, as any cursor this list did not make.
        }

        throw InputValidationException.For("after", Text.Pick(
            "Курсор не от этого списка или этой сортировки; начните с первой страницы.",
            "The cursor is not one of this list with this sorting; start again from the first page."));
    }

    /// <summary>The value as a query parameter (a captured variable), so each cursor reuses the same compiled query.</summary>
    private static Expression Parameter(object? value, Type type) =>
        (Expression)typeof(KeysetOrder<T>).GetMethod(nameof(Captured), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(type).Invoke(null, [value])!;

    private static Expression Captured<TValue>(TValue value)
    {
        Expression<Func<TValue>> read = () => value;
        return read.Body;
    }

    private static Expression Compare(Expression left, Expression right, ExpressionType comparison)
    {
        if (left.Type != typeof(string))
            return Expression.MakeBinary(comparison, left, right);
        // Strings have no comparison operators in C#; EF translates string.Compare(a, b) > 0 to a > b.
        var compare = Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, left, right);
        return Expression.MakeBinary(comparison, compare, Expression.Constant(0));
    }

    private sealed record Key(string Name, LambdaExpression Selector, Type Type, bool Cursor)
    {
        private readonly Func<T, object?> _read = CompileRead(Selector);

        public object? Read(T row) => _read(row);

        /// <summary>The key's expression over <paramref name="row"/> instead of its own parameter.</summary>
        public Expression Body(ParameterExpression row) => new Rebind(Selector.Parameters[0], row).Visit(Selector.Body);

        private static Func<T, object?> CompileRead(LambdaExpression selector) =>
            Expression.Lambda<Func<T, object?>>(Expression.Convert(selector.Body, typeof(object)), selector.Parameters).Compile();
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
