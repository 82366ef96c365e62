using System.Diagnostics.Metrics;

namespace Suite.Framework.Telemetry;

/// <summary>
/// A module's own meter, named once for all: the meter is <c>Suite.&lt;Module&gt;</c> (the host listens to <c>Suite.*</c>) and
/// its instruments <c>suite.&lt;module&gt;.&lt;name&gt;</c>, which Prometheus shows as <c>suite_&lt;module&gt;_&lt;name&gt;_total</c>.
/// Each module keeps one as a static field in its own folder, so no module reaches into another's counters.
/// </summary>
public sealed class ModuleMeter(string module)
{
    public const string Prefix = "Suite.";
    public const string Wildcard = Prefix + "*";

    private readonly Meter _meter = new(Prefix + module);

    public string Module { get; } = module;

    /// <summary>A count that only grows: <paramref name="name"/> in snake case, a past-tense fact ("leads_received").</summary>
    public Counter<long> Counter(string name, string description) =>
        _meter.CreateCounter<long>(InstrumentName(Module, name), description: description);

    public static string InstrumentName(string module, string name) => $"suite.{module.ToLowerInvariant()}.{name}";
}
