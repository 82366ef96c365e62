namespace Suite.Framework.Digest;

/// <summary>
/// One module's key figures of a week for the weekly digest (Finance's profit, Crm's sales, Stock's value), with the
/// module's own record rule: it counts only what <see cref="Suite.Framework.Users.ICurrentUser"/> may see. The host asks
/// every source whose <see cref="Permission"/> the reader holds, each in a scope of its own acting as the reader; a
/// source the reader may not see is left out of their digest.
/// </summary>
public interface IWeeklyFigures
{
    /// <summary>Where the section stands in the letter: lower first.</summary>
    int Order { get; }

    /// <summary>The permission that lets a user see these figures at all (the same one the module's report asks for).</summary>
    string Permission { get; }

    /// <summary>The section's figures for <paramref name="week"/>, each beside its value the week before when the module can tell it.</summary>
    Task<DigestSection> BuildAsync(DigestWeek week, CancellationToken cancellationToken);
}
