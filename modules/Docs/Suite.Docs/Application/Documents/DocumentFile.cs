namespace Suite.Docs.Application.Documents;

/// <summary>A document's bytes with the name and type to download them as.</summary>
internal sealed record DocumentFile(byte[] Content, string ContentType, string FileName);
