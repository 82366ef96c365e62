using System.Diagnostics.Metrics;
using Suite.Framework.Telemetry;
using Suite.Stock.Application.Documents;
using Suite.Stock.Domain.Documents;

namespace Suite.Stock;

/// <summary>Stock's business counters on /metrics (docs/operations-metrics.md), counted once the change has committed.</summary>
internal static class StockMetrics
{
    private static readonly ModuleMeter Meter = new("Stock");

    /// <summary>Tagged <c>kind</c> as the document kind goes on the wire: receipt, shipment, transfer, writeOff, inventory…</summary>
    private static readonly Counter<long> DocumentsPosted = Meter.Counter("documents_posted", "Stock documents posted, by kind.");

    public static void DocumentPosted(DocumentKind kind) =>
        DocumentsPosted.Add(1, new KeyValuePair<string, object?>("kind", DocumentPosting.Wire(kind)));
}
