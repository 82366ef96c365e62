namespace Suite.Framework.Domain;

/// <summary>The user may see the record but not do this to it (give a client to another manager without the right). Becomes 403.</summary>
public sealed class AccessDeniedException(string message) : Exception(message);
