using Npgsql;
using Shouldly;
using Suite.Host.Backups;
using Suite.TestBase;
using Xunit;

namespace Suite.Host.Tests.Backups;

/// <summary>pg_dump refuses a server newer than itself with a message about "aborting"; Suite says which version to install instead.</summary>
public sealed class PostgresToolsTests
{
    [Fact]
    public async Task Should_Name_The_Client_Version_To_Install_When_Pg_Dump_Is_Older_Than_The_Server()
    {
        var folder = Directory.CreateTempSubdirectory("suite-old-pg-").FullName;
        try
        {
            var oldDump = Path.Combine(folder, "pg_dump");
            await File.WriteAllTextAsync(oldDump, "#!/bin/sh\necho 'pg_dump (PostgreSQL) 9.6.24'\n");
            File.SetUnixFileMode(oldDump, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.UserWrite);
            await using var connection = new NpgsqlConnection(TestEnvironment.PostgreSql);
            await connection.OpenAsync();

            var refused = await Should.ThrowAsync<BackupException>(() => PostgresTools.EnsureNotOlderThanServerAsync(oldDump, connection, CancellationToken.None));

            refused.Message.ShouldContain("version 9");
            refused.Message.ShouldContain($"install the PostgreSQL {connection.PostgreSqlVersion.Major} client tools");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Should_Accept_The_Pg_Dump_That_Matches_The_Server()
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.PostgreSql);
        await connection.OpenAsync();

        await PostgresTools.EnsureNotOlderThanServerAsync(PostgresTools.Find("pg_dump"), connection, CancellationToken.None);
    }
}
