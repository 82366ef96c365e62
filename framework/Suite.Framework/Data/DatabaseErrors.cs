using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Suite.Framework.Data;

public static class DatabaseErrors
{
    private const int SqliteConstraint = 19;

    public static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint &&
                                  sqlite.Message.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    /// <summary>A check constraint refused the row: the database's own guard of a business invariant.</summary>
    public static bool IsCheckViolation(DbUpdateException exception) => exception.InnerException switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.CheckViolation,
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint &&
                                  sqlite.Message.Contains("CHECK", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    /// <summary>
    /// A foreign key refused the row: a record the change refers to was there when it was checked and deleted by
    /// someone else before the commit (a deal edited while another user deletes it).
    /// </summary>
    public static bool IsForeignKeyViolation(DbUpdateException exception) => exception.InnerException switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.ForeignKeyViolation,
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint &&
                                  sqlite.Message.Contains("FOREIGN KEY", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    /// <summary>
    /// PostgreSQL chose this transaction as a deadlock's victim or could not serialise it (40P01, 40001): two saves of
    /// the same records at the same moment, which the other one won. Npgsql's execution strategy reports it wrapped as a
    /// transient failure. Nothing of it was written; the same request again succeeds or meets a business rule.
    /// </summary>
    public static bool IsLostRace(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
            if (e is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure })
                return true;
        return false;
    }
}
