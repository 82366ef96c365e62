using Microsoft.EntityFrameworkCore;
using Npgsql;
using Shouldly;
using Suite.Framework.Data;
using Xunit;

namespace Suite.Framework.Tests;

/// <summary>Which database refusals are a lost race (answered 409 "try again") rather than a server error.</summary>
public sealed class DatabaseErrorsTests
{
    [Theory]
    [InlineData(PostgresErrorCodes.DeadlockDetected, true)]
    [InlineData(PostgresErrorCodes.SerializationFailure, true)]
    [InlineData(PostgresErrorCodes.UniqueViolation, false)]
    [InlineData(PostgresErrorCodes.ForeignKeyViolation, false)]
    public void Should_Tell_A_Deadlock_Or_Serialisation_Failure_However_Deep_Npgsql_Wraps_It(string sqlState, bool lostRace)
    {
        var postgres = new PostgresException("refused", "ERROR", "ERROR", sqlState);
        // As the execution strategy reports it: a transient failure around the save's own exception.
        var wrapped = new InvalidOperationException("An exception has been raised that is likely due to a transient failure.",
            new DbUpdateException("An error occurred while saving the entity changes.", postgres));

        DatabaseErrors.IsLostRace(wrapped).ShouldBe(lostRace);
        DatabaseErrors.IsLostRace(postgres).ShouldBe(lostRace);
    }

    [Fact]
    public void Should_Not_Take_Any_Other_Failure_For_A_Lost_Race() =>
        DatabaseErrors.IsLostRace(new InvalidOperationException("boom", new TimeoutException())).ShouldBeFalse();
}
