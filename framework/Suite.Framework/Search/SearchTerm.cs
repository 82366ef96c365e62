namespace Suite.Framework.Search;

/// <summary>
/// What the user typed into the global search, trimmed and cut to <see cref="MaxLength"/>, in the forms the modules'
/// columns need: <see cref="Lower"/> for the lower-cased SearchText columns (lowered by .NET, so Cyrillic matches the
/// same way on SQLite and PostgreSQL), <see cref="Spellings"/> for columns kept as typed.
/// </summary>
public sealed class SearchTerm
{
    public const int MinLength = 2;
    public const int MaxLength = 100;

    private SearchTerm(string text)
    {
        Text = text;
        Lower = text.ToLowerInvariant();
        var upper = text.ToUpperInvariant();
        var capitalised = char.ToUpperInvariant(Lower[0]) + Lower[1..];
        Spellings = new[] { text, Lower, upper, capitalised }.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The term as typed (trimmed).</summary>
    public string Text { get; }

    /// <summary>The term in lower case, as the modules' SearchText columns keep their words.</summary>
    public string Lower { get; }

    /// <summary>
    /// The term as typed, in lower case, in upper case and capitalised: what a case-sensitive column (a document's
    /// number or title, kept as written) is matched against, since neither SQLite's nor a C-locale PostgreSQL's
    /// lower() folds Cyrillic.
    /// </summary>
    public IReadOnlyList<string> Spellings { get; }

    /// <summary>The term, or null when it is shorter than <see cref="MinLength"/> characters: too short to mean anything.</summary>
    public static SearchTerm? From(string? typed)
    {
        var text = (typed ?? "").Trim();
        if (text.Length > MaxLength)
            text = text[..MaxLength].Trim();
        return text.Length < MinLength ? null : new SearchTerm(text);
    }
}
