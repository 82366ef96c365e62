using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace Suite.TasksBench;

/// <summary>
/// A million tasks written with COPY (binary), not through EF: over 200 assignees, 30 % still open (spread from a month
/// overdue-and-announced to two months ahead, a few without a due time) and 70 % done or cancelled, half of them on deals.
/// </summary>
internal static class TaskGenerator
{
    private const string Columns =
        "\"Id\", \"Title\", \"Status\", \"Priority\", \"AssigneeId\", \"DueAt\", \"OriginalDueAt\", \"OverduePublished\", \"EntityType\", " +
        "\"EntityId\", \"Checklist\", \"CompletedAt\", \"CreatedAt\", \"ConcurrencyStamp\"";

    public static async Task<TimeSpan> FillAsync(NpgsqlDataSource database, int count, IReadOnlyList<Guid> users, DateTimeOffset now)
    {
        var random = new Random(12);
        var step = Stopwatch.StartNew();
        await using var connection = await database.OpenConnectionAsync();
        await using (var writer = await connection.BeginBinaryImportAsync($"COPY tasks.\"TasksTasks\" ({Columns}) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < count; i++)
            {
                var roll = random.NextDouble();
                var status = roll < 0.25 ? "Open" : roll < 0.30 ? "InProgress" : roll < 0.92 ? "Done" : "Cancelled";
                var open = status is "Open" or "InProgress";
                DateTimeOffset? due = open
                    ? random.NextDouble() < 0.05 ? null : now.AddMinutes(random.Next(-30 * 24 * 60, 60 * 24 * 60))
                    : now.AddMinutes(-random.Next(1, 365 * 24 * 60));
                var created = (due ?? now).AddDays(-random.Next(1, 10));
                await writer.StartRowAsync();
                await writer.WriteAsync(Guid.CreateVersion7(created), NpgsqlDbType.Uuid);
                await writer.WriteAsync($"Позвонить клиенту {i}", NpgsqlDbType.Varchar);
                await writer.WriteAsync(status, NpgsqlDbType.Varchar);
                await writer.WriteAsync("Normal", NpgsqlDbType.Varchar);
                await writer.WriteAsync(users[i % users.Count], NpgsqlDbType.Uuid);
                await WriteInstantAsync(writer, due);
                await WriteInstantAsync(writer, due);
                // The steady state: what fell due before now was announced by earlier scans.
                await writer.WriteAsync(open && due < now, NpgsqlDbType.Boolean);
                if (i % 2 == 0)
                {
                    await writer.WriteAsync("deal", NpgsqlDbType.Varchar);
                    await writer.WriteAsync(Guid.NewGuid(), NpgsqlDbType.Uuid);
                }
                else
                {
                    await writer.WriteNullAsync();
                    await writer.WriteNullAsync();
                }

                await writer.WriteAsync("[]", NpgsqlDbType.Text);
                await WriteInstantAsync(writer, status == "Done" ? due!.Value.AddHours(random.Next(-48, 48)) : null);
                await writer.WriteAsync(created.UtcDateTime, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(Guid.NewGuid().ToString("N"), NpgsqlDbType.Varchar);
            }

            await writer.CompleteAsync();
        }

        return step.Elapsed;
    }

    public static async Task AddPeopleAsync(NpgsqlDataSource database, IReadOnlyList<Guid> users)
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY tasks.\"TasksPeople\" (\"Id\", \"UserName\", \"FullName\", \"SupervisorId\", \"IsActive\", \"Roles\", \"ChangedAt\", \"SearchText\") FROM STDIN (FORMAT BINARY)");
        for (var i = 0; i < users.Count; i++)
        {
            await writer.StartRowAsync();
            await writer.WriteAsync(users[i], NpgsqlDbType.Uuid);
            await writer.WriteAsync($"user{i}", NpgsqlDbType.Varchar);
            await writer.WriteAsync($"Сотрудник {i}", NpgsqlDbType.Varchar);
            if (i % 10 == 0)
                await writer.WriteNullAsync();
            else
                await writer.WriteAsync(users[i - i % 10], NpgsqlDbType.Uuid);
            await writer.WriteAsync(true, NpgsqlDbType.Boolean);
            await writer.WriteAsync("|sales|", NpgsqlDbType.Text);
            await writer.WriteAsync(DateTime.UtcNow, NpgsqlDbType.TimestampTz);
            await writer.WriteAsync($"сотрудник {i} user{i}", NpgsqlDbType.Text);
        }

        await writer.CompleteAsync();
    }

    private static Task WriteInstantAsync(NpgsqlBinaryImporter writer, DateTimeOffset? value) =>
        value is { } v ? writer.WriteAsync(v.UtcDateTime, NpgsqlDbType.TimestampTz) : writer.WriteNullAsync();
}
