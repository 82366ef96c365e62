namespace Suite.Docs.Forms;

/// <summary>The manager who sends a proposal, as printed under it; a scanned signature when given.</summary>
internal sealed record ManagerPrint(string Name, string? Position, string? Phone, string? Email, byte[]? Signature = null);
