namespace Suite.Host.Search;

/// <summary>
/// What the global search found, one group per kind that found something, in a fixed order of kinds.
/// <see cref="Unavailable"/> names the kinds whose module failed or did not answer in time: the rest is still shown.
/// </summary>
internal sealed record SearchResultDto(IReadOnlyList<SearchGroupDto> Groups, IReadOnlyList<string> Unavailable)
{
    public static readonly SearchResultDto Empty = new([], []);
}
