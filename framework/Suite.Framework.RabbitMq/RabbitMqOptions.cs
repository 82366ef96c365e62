namespace Suite.Framework.RabbitMq;

/// <summary>The "RabbitMq" configuration section; without a Uri Suite uses the in-process transport.</summary>
public sealed class RabbitMqOptions
{
    public const string Exchange = "suite.events";

    public string? Uri { get; set; }

    /// <summary>How many unacknowledged deliveries a module's consumer may hold.</summary>
    public ushort Prefetch { get; set; } = 100;

    public static string QueueOf(string module) => "suite." + module;
}
