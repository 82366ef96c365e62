namespace Suite.Host.Backups;

/// <summary>A backup or restore that cannot go on, with a message for the operator (the command prints it, exit code 1).</summary>
public sealed class BackupException(string message, Exception? inner = null) : Exception(message, inner);
