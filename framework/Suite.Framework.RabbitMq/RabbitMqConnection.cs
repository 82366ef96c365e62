using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace Suite.Framework.RabbitMq;

/// <summary>
/// The host's one connection to the broker. The client recovers it, its channels and consumers by itself
/// after a broker restart; until then publishing throws and the outbox keeps the rows.
/// </summary>
public sealed class RabbitMqConnection(IOptions<RabbitMqOptions> options, ILogger<RabbitMqConnection> logger) : IAsyncDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private IConnection? _connection;

    public bool IsOpen => _connection?.IsOpen == true;

    public Uri Endpoint => new(options.Value.Uri ?? throw new InvalidOperationException("RabbitMq:Uri is not configured."));

    public async Task<IConnection> GetAsync(CancellationToken cancellationToken)
    {
        if (_connection is not null)
            return _connection;
        await _lock.WaitAsync(cancellationToken);
        try
        {
            if (_connection is not null)
                return _connection;
            var factory = new ConnectionFactory
            {
                Uri = Endpoint,
                AutomaticRecoveryEnabled = true,
                TopologyRecoveryEnabled = true,
                NetworkRecoveryInterval = TimeSpan.FromSeconds(1),
                ClientProvidedName = "suite-host",
            };
            _connection = await factory.CreateConnectionAsync(cancellationToken);
            _connection.ConnectionShutdownAsync += (_, e) =>
            {
                logger.LogWarning("RabbitMQ connection lost: {Reason}", e.ReplyText);
                return Task.CompletedTask;
            };
            _connection.RecoverySucceededAsync += (_, _) =>
            {
                logger.LogInformation("RabbitMQ connection recovered");
                return Task.CompletedTask;
            };
            return _connection;
        }
        finally
        {
            _lock.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.CloseAsync();
            _connection.Dispose();
        }
    }
}
