namespace Suite.Framework.Digest;

/// <summary>
/// One figure of the digest: <paramref name="Label"/> in the reader's language, its value for the week (or as of its
/// end) and the same figure the week before; <paramref name="WeekBefore"/> is null where the module keeps no history
/// to tell it (cash and stock are known only as they are now).
/// </summary>
public sealed record DigestFigure(string Key, string Label, decimal Value, decimal? WeekBefore, DigestUnit Unit);

/// <summary>How a figure reads: money in roubles with kopecks, a count, or a percentage.</summary>
public enum DigestUnit
{
    Money,
    Count,
    Percent,
}
