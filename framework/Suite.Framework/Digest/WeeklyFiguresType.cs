namespace Suite.Framework.Digest;

/// <summary>A weekly figures source the host asks; resolved in a scope of its own for each reader.</summary>
public sealed record WeeklyFiguresType(Type Type);
