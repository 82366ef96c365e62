namespace Suite.Framework.Events;

/// <summary>
/// A one-time backfill that has run: its name is the key, so a second host starting at the same time fails to
/// record it and rolls its own attempt back instead of publishing everything twice.
/// </summary>
public sealed class Backfill
{
    public required string Name { get; init; }
    public required DateTimeOffset CompletedAt { get; init; }
}
