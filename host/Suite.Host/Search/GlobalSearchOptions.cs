namespace Suite.Host.Search;

/// <param name="SourceTimeout">How long one module may take to answer before the search is returned without it.</param>
internal sealed record GlobalSearchOptions(TimeSpan SourceTimeout)
{
    public static readonly TimeSpan DefaultSourceTimeout = TimeSpan.FromSeconds(2);
}
