namespace Suite.Framework.Hosting;

/// <summary>Suite cannot start for a reason an operator can fix; the host prints the message alone, not a stack trace.</summary>
public sealed class StartupException(string message, Exception? inner = null) : Exception(message, inner);
