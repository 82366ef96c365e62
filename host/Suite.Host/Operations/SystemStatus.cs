using System.Reflection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Suite.Framework.Data;
using Suite.Framework.Events;

namespace Suite.Host.Operations;

public sealed record HealthEntryDto(string Name, string Status, string? Description);

/// <param name="OutboxOldestSeconds">How long the oldest unsent event has waited, in seconds.</param>
/// <param name="InboxOldestSeconds">How long the oldest event waiting to be handled has waited, in seconds.</param>
public sealed record ModuleBacklogDto(
    string Module, int OutboxUnsent, double OutboxOldestSeconds, int InboxPending, double InboxOldestSeconds, int Parked);

/// <summary>What the admin page shows of the running system.</summary>
/// <param name="Version">The running build: version and commit.</param>
/// <param name="Database">sqlite or postgresql.</param>
/// <param name="Broker">rabbitmq, or in-process when the embedded bus carries the events.</param>
/// <param name="Status">The worst of the checks: Healthy, Degraded or Unhealthy.</param>
public sealed record SystemStatusDto(
    string Version, string Database, string Broker, DateTimeOffset StartedAt, string Status,
    IReadOnlyList<HealthEntryDto> Checks, IReadOnlyList<ModuleBacklogDto> Modules);

/// <summary>Every health check, and the event bus's backlog per module, read at once.</summary>
internal sealed class SystemStatus(
    HealthCheckService health, EventBusState eventBus, DatabaseSettings database, HostFacts host)
{
    public static readonly string Version =
        typeof(SystemStatus).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(SystemStatus).Assembly.GetName().Version?.ToString() ?? "unknown";

    public async Task<SystemStatusDto> ReadAsync(CancellationToken cancellationToken)
    {
        var report = await health.CheckHealthAsync(cancellationToken);
        var backlog = await eventBus.ReadAsync(cancellationToken);
        return new SystemStatusDto(
            Version,
            database.Provider == DatabaseProvider.PostgreSql ? "postgresql" : "sqlite",
            host.Broker,
            host.StartedAt,
            report.Status.ToString(),
            report.Entries.OrderBy(e => e.Key).Select(e => new HealthEntryDto(e.Key, e.Value.Status.ToString(), e.Value.Description)).ToList(),
            backlog.Select(b => new ModuleBacklogDto(b.Module, b.OutboxUnsent, Math.Round(b.OutboxOldestAge.TotalSeconds, 1),
                b.InboxPending, Math.Round(b.InboxOldestAge.TotalSeconds, 1), b.Parked)).ToList());
    }
}

/// <summary>When this host started, and what carries its events between hosts and modules: rabbitmq or in-process.</summary>
public sealed record HostFacts(DateTimeOffset StartedAt, string Broker);
