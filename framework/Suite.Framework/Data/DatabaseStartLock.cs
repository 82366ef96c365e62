using Microsoft.Extensions.Logging;
using Npgsql;

namespace Suite.Framework.Data;

/// <summary>
/// Hosts started at the same moment on one PostgreSQL database take turns to prepare it (migrate, seed, backfill): the
/// first holds a session advisory lock while it works, the others wait for it and then find the schema current and the
/// seeds present. EF Core's own migration lock covers one history table at a time, not the creation of the schemas, the
/// order across modules or the "is it seeded yet?" checks, which are read-then-insert (ADR 0028). SQLite is one host by
/// design (embedded mode), so it needs no lock.
/// </summary>
internal sealed class DatabaseStartLock : IAsyncDisposable
{
    /// <summary>Fixed forever: hosts of an older and a newer version must wait for each other too.</summary>
    private const long Key = 0x5375697465_01; // "Suite" + 1

    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(250);

    private readonly NpgsqlConnection? _connection;

    private DatabaseStartLock(NpgsqlConnection? connection) => _connection = connection;

    public static async Task<DatabaseStartLock> AcquireAsync(DatabaseSettings database, ILogger logger, CancellationToken cancellationToken)
    {
        if (database.Provider != DatabaseProvider.PostgreSql)
            return new DatabaseStartLock(null);

        // Its own connection outside the pool: the lock belongs to the session, which must live exactly as long as the turn.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken);
            var waiting = false;
            // Try and retry rather than block in pg_advisory_lock, so that stopping a waiting host is not stuck on the server.
            while (!await TryLockAsync(connection, cancellationToken))
            {
                if (!waiting)
                    logger.LogInformation("Another host is preparing the database; waiting for it to finish.");
                waiting = true;
                await Task.Delay(Retry, cancellationToken);
            }
            if (waiting)
                logger.LogInformation("The other host has prepared the database; checking it.");
            return new DatabaseStartLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static async Task<bool> TryLockAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
        command.Parameters.AddWithValue("key", Key);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Closing the session releases the lock even when unlocking fails (the server ends it with the connection).</summary>
    public async ValueTask DisposeAsync()
    {
        if (_connection is null)
            return;
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", _connection);
            command.Parameters.AddWithValue("key", Key);
            await command.ExecuteScalarAsync();
        }
        catch (NpgsqlException)
        {
        }
        finally
        {
            await _connection.DisposeAsync();
        }
    }
}
