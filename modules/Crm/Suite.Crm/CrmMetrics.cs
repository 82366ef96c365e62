using System.Diagnostics.Metrics;
using Suite.Framework.Telemetry;

namespace Suite.Crm;

/// <summary>Crm's business counters on /metrics (docs/operations-metrics.md), counted once the change has committed.</summary>
internal static class CrmMetrics
{
    private static readonly ModuleMeter Meter = new("Crm");

    /// <summary>Tagged <c>channel</c>: <c>manual</c> (entered on the leads page or through the API) or <c>web_form</c>.</summary>
    private static readonly Counter<long> LeadsReceived = Meter.Counter("leads_received", "Leads received, by channel.");

    public static void LeadReceived(string channel) => LeadsReceived.Add(1, new KeyValuePair<string, object?>("channel", channel));
}
