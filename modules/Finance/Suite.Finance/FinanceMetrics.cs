using System.Diagnostics.Metrics;
using Suite.Framework.Telemetry;

namespace Suite.Finance;

/// <summary>Finance's business counters on /metrics (docs/operations-metrics.md), counted once the change has committed.</summary>
internal static class FinanceMetrics
{
    private static readonly ModuleMeter Meter = new("Finance");

    private static readonly Counter<long> InvoicesIssued = Meter.Counter("invoices_issued", "Invoices issued (numbered and posted).");

    public static void InvoiceIssued() => InvoicesIssued.Add(1);
}
