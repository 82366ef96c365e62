namespace Suite.Framework.Digest;

/// <summary>One module's part of the digest: a heading (in the reader's language) and its figures in order.</summary>
public sealed record DigestSection(string Key, string Title, IReadOnlyList<DigestFigure> Figures);
