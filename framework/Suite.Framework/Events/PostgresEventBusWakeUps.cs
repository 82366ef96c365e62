using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Suite.Framework.Data;

namespace Suite.Framework.Events;

/// <summary>
/// Carries outbox and inbox wake-ups between hosts on one PostgreSQL with LISTEN/NOTIFY, so a module's sender or
/// processor on another host starts at once too (ADR 0024). The wake-ups are sent after the commit that caused them,
/// from a queue off the write path, several per round trip; a lost one costs one poll interval, never an event.
/// </summary>
internal sealed class PostgresEventBusWakeUps(DatabaseSettings database, EventBusSignals signals, ILogger<PostgresEventBusWakeUps> logger)
    : BackgroundService
{
    public const string Channel = "suite_event_bus";
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    /// <summary>This host's own wake-ups come back to it over LISTEN: they are already done here.</summary>
    private readonly string _host = Guid.NewGuid().ToString("N");

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (database.Provider != DatabaseProvider.PostgreSql)
            return Task.CompletedTask;
        signals.OtherHostsListen = true;
        return Task.WhenAll(ListenAsync(stoppingToken), SendAsync(stoppingToken));
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        var backoff = TimeSpan.FromSeconds(1);
        var connectionString = new NpgsqlConnectionStringBuilder(database.ConnectionString) { KeepAlive = 30, Pooling = false }.ToString();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                connection.Notification += (_, e) => Received(e.Payload);
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                backoff = TimeSpan.FromSeconds(1);
                while (!stoppingToken.IsCancellationRequested)
                    await connection.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning("Listening for event bus wake-ups failed ({Error}); trying again in {Delay}", e.Message, backoff);
                await Task.Delay(backoff, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
            }
        }
    }

    private void Received(string payload)
    {
        var separator = payload.IndexOf('|');
        if (separator > 0 && payload[..separator] != _host)
            signals.Wake(payload[(separator + 1)..]);
    }

    private async Task SendAsync(CancellationToken stoppingToken)
    {
        await using var source = NpgsqlDataSource.Create(database.ConnectionString);
        var keys = new HashSet<string>();
        try
        {
            while (await signals.ForOtherHosts.WaitToReadAsync(stoppingToken))
            {
                // What queued up meanwhile goes in one round trip, each key once.
                while (signals.ForOtherHosts.TryRead(out var key))
                    keys.Add(key);
                try
                {
                    await using var batch = source.CreateBatch();
                    foreach (var key in keys)
                        batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT pg_notify($1, $2)")
                        {
                            Parameters = { new NpgsqlParameter { Value = Channel }, new NpgsqlParameter { Value = _host + "|" + key } },
                        });
                    await batch.ExecuteNonQueryAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogDebug("Event bus wake-ups could not be sent to the other hosts: {Error}", e.Message);
                }
                keys.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
