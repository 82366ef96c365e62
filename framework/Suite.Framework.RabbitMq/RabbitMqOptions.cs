namespace Suite.Framework.RabbitMq;

/// <summary>The "RabbitMq" configuration section; without a Uri Suite uses the in-process transport.</summary>
public sealed class RabbitMqOptions
{
    public string? Uri { get; set; }

    /// <summary>
    /// Names the exchange (`{Name}.events`) and the modules' queues (`{Name}.crm`, …). The hosts of one installation
    /// share it, so they compete for the same queues; two installations on one broker (or two test databases) each
    /// need their own.
    /// </summary>
    public string Name { get; set; } = "suite";

    public string Exchange => Name + ".events";

    /// <summary>How many unacknowledged deliveries a module's consumer may hold.</summary>
    public ushort Prefetch { get; set; } = 100;

    public string QueueOf(string module) => Name + "." + module;
}
