using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Framework.Search;
using Suite.Framework.Users;

namespace Suite.Host.Search;

/// <summary>
/// Runs the search sources of the modules the user may read at the same time, each in its own scope (its own DbContext
/// and connection), and groups their answers. A source that throws or does not answer within
/// <see cref="GlobalSearchOptions.SourceTimeout"/> is cancelled and named in <see cref="SearchResultDto.Unavailable"/>:
/// the others' results still come back, so one slow or broken module never fails the whole search.
/// </summary>
internal sealed class GlobalSearch(
    IServiceScopeFactory scopes, IEnumerable<SearchSourceType> sources, ICurrentUser user, GlobalSearchOptions options,
    ILogger<GlobalSearch> logger)
{
    public const int DefaultTake = 5;
    public const int MaxTake = 20;

    /// <summary>The order of the groups: the sales records first, as a sales desk searches most.</summary>
    private static readonly string[] KindOrder = ["company", "contact", "deal", "lead", "invoice", "product", "document", "task"];

    public async Task<SearchResultDto> FindAsync(string? q, int? take, CancellationToken cancellationToken)
    {
        var perKind = take ?? DefaultTake;
        if (perKind is < 1 or > MaxTake)
            throw InputValidationException.For("take", Text.Pick($"Число результатов — от 1 до {MaxTake}.", $"Take is from 1 to {MaxTake}."));
        if (SearchTerm.From(q) is not { } term)
            return SearchResultDto.Empty;

        var answers = await Task.WhenAll(sources.Select(s => Task.Run(() => AskAsync(s.Type, term, perKind, cancellationToken), cancellationToken)));
        var answered = answers.OfType<Answer>().ToList();
        return new SearchResultDto(
            answered.Where(a => a.Hits.Count > 0).OrderBy(a => Order(a.Kind)).ThenBy(a => a.Kind, StringComparer.Ordinal)
                .Select(a => new SearchGroupDto(a.Kind, a.Hits)).ToList(),
            answered.Where(a => a.Failed).Select(a => a.Kind).Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>One source's answer, or null when the user may not read its kind.</summary>
    private async Task<Answer?> AskAsync(Type type, SearchTerm term, int take, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var source = (ISearchSource)scope.ServiceProvider.GetRequiredService(type);
        if (!user.HasPermission(source.Permission))
            return null;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.SourceTimeout);
        try
        {
            return new Answer(source.Kind, await source.FindAsync(term, take, deadline.Token), false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            if (deadline.IsCancellationRequested)
                logger.LogWarning("The search of {Kind} did not answer within {Timeout}", source.Kind, options.SourceTimeout);
            else
                logger.LogWarning(e, "The search of {Kind} failed", source.Kind);
            return new Answer(source.Kind, [], true);
        }
    }

    private static int Order(string kind) => Array.IndexOf(KindOrder, kind) is var i and >= 0 ? i : KindOrder.Length;

    private sealed record Answer(string Kind, IReadOnlyList<SearchHit> Hits, bool Failed);
}
