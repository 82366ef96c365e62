using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Query;

namespace Suite.Framework.Search;

/// <summary>
/// "Best matches first", written once for every search source: a record whose column starts with the term comes
/// before one where the term starts a later word, which comes before one with the term inside a word. The match itself
/// is the substring test the modules' list filters use (LIKE, served by their trigram indexes on PostgreSQL).
/// Callers add their own tie-break (ThenBy the name) and Take.
/// </summary>
public static class SearchMatch
{
    private static readonly MethodInfo Contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;

    /// <summary>The records whose lower-cased search column (the modules' SearchText) holds the term, best first.</summary>
    public static IOrderedQueryable<T> BestFirst<T>(this IQueryable<T> records, Expression<Func<T, string>> searchText, SearchTerm term)
    {
        var text = searchText.Body;
        var start = Value(term.Lower);
        var wordStart = Value(" " + term.Lower);
        var where = Expression.Lambda<Func<T, bool>>(Expression.Call(text, Contains, start), searchText.Parameters);
        var rank = Expression.Lambda<Func<T, int>>(
            Expression.Condition(Expression.Call(text, StartsWith, start), Expression.Constant(0),
                Expression.Condition(Expression.Call(text, Contains, wordStart), Expression.Constant(1), Expression.Constant(2))),
            searchText.Parameters);
        return records.Where(where).OrderBy(rank);
    }

    /// <summary>
    /// The records where any of <paramref name="columns"/>, kept as typed, holds one of the term's
    /// <see cref="SearchTerm.Spellings"/>; those where a column starts with it first.
    /// </summary>
    public static IOrderedQueryable<T> BestFirstAsTyped<T>(this IQueryable<T> records, SearchTerm term, params Expression<Func<T, string?>>[] columns)
    {
        var record = Expression.Parameter(typeof(T), "r");
        var texts = columns.Select(c => ReplacingExpressionVisitor.Replace(c.Parameters[0], record, c.Body)).ToList();
        var spellings = term.Spellings.Select(Value).ToList();
        Expression Any(MethodInfo test) =>
            texts.SelectMany(text => spellings.Select(spelling => (Expression)Expression.Call(text, test, spelling))).Aggregate(Expression.OrElse);

        var where = Expression.Lambda<Func<T, bool>>(Any(Contains), record);
        var rank = Expression.Lambda<Func<T, int>>(Expression.Condition(Any(StartsWith), Expression.Constant(0), Expression.Constant(1)), record);
        return records.Where(where).OrderBy(rank);
    }

    // A member of an object rather than a constant, so EF sends the term as a parameter: one cached query plan for every
    // term instead of one per term typed.
    private static MemberExpression Value(string value) => Expression.Property(Expression.Constant(new Box(value)), nameof(Box.Value));

    private sealed record Box(string Value);
}
