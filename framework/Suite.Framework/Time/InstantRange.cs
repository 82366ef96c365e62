namespace Suite.Framework.Time;

/// <summary>
/// A period as UTC instants: <see cref="From"/> inclusive, <see cref="Before"/> exclusive. A null end is open: the
/// period has no bound on that side (also when the bound would lie outside the instants .NET can represent).
/// </summary>
public readonly record struct InstantRange(DateTimeOffset? From, DateTimeOffset? Before);
