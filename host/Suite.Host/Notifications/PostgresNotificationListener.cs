using Npgsql;
using Suite.Framework.Data;

namespace Suite.Host.Notifications;

/// <summary>
/// With several hosts on one PostgreSQL, the browser of a notification's recipient may be connected to any of them:
/// every host LISTENs on its own connection and pushes what was committed anywhere to its own connections
/// (docs/adr/0022-live-notifications-over-postgresql-listen-notify.md). A lost connection is opened again with backoff;
/// what was raised meanwhile shows on the next page load or count refresh.
/// </summary>
internal sealed class PostgresNotificationListener(
    DatabaseSettings database, NotificationPush push, ILogger<PostgresNotificationListener> logger) : BackgroundService
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (database.Provider != DatabaseProvider.PostgreSql)
            return;
        var backoff = TimeSpan.FromSeconds(1);
        var connectionString = new NpgsqlConnectionStringBuilder(database.ConnectionString)
        {
            KeepAlive = 30, // a silent, dead connection is noticed and replaced
            Pooling = false,
        }.ToString();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                connection.Notification += (_, e) => _ = PushAsync(e.Payload, stoppingToken);
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {NotificationCenter.Channel}", connection))
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
                logger.LogWarning("Listening for notifications failed ({Error}); trying again in {Delay}", e.Message, backoff);
                await Task.Delay(backoff, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
            }
        }
    }

    private async Task PushAsync(string payload, CancellationToken cancellationToken)
    {
        try
        {
            if (Guid.TryParse(payload, out var id))
                await push.PushAsync(id, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning("Notification {Payload} could not be pushed: {Error}", payload, e.Message);
        }
    }
}
