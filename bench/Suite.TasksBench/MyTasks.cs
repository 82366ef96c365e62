using Npgsql;

namespace Suite.TasksBench;

/// <summary>
/// "My tasks" as two statements: the counts of one assignee's open tasks per group (overdue, today, tomorrow, this week,
/// later, no date) and the first 50 of each group in due order. The group boundaries are company-local days (Moscow),
/// sent as instants.
/// </summary>
internal sealed class MyTasks(DateTimeOffset now)
{
    private const string Open = "\"AssigneeId\" = @user AND \"Status\" IN ('Open', 'InProgress')";

    private const string Bucket = """
        CASE WHEN "DueAt" IS NULL THEN 5 WHEN "DueAt" < @now THEN 0 WHEN "DueAt" < @tomorrow THEN 1
             WHEN "DueAt" < @dayAfter THEN 2 WHEN "DueAt" < @nextWeek THEN 3 ELSE 4 END
        """;

    public const string CountsSql = $"""
        SELECT count(*) FILTER (WHERE "DueAt" < @now) AS overdue,
               count(*) FILTER (WHERE "DueAt" >= @now AND "DueAt" < @tomorrow) AS today,
               count(*) FILTER (WHERE "DueAt" >= @tomorrow AND "DueAt" < @dayAfter) AS tomorrow,
               count(*) FILTER (WHERE "DueAt" >= @dayAfter AND "DueAt" < @nextWeek) AS this_week,
               count(*) FILTER (WHERE "DueAt" >= @nextWeek) AS later,
               count(*) FILTER (WHERE "DueAt" IS NULL) AS no_date,
               count(*) AS open
        FROM tasks."TasksTasks" WHERE {Open}
        """;

    public const string ItemsSql = $"""
        SELECT "Id", "Title", "Status", "Priority", "DueAt", "EntityType", "EntityId", bucket FROM (
            SELECT t.*, row_number() OVER (PARTITION BY bucket ORDER BY "DueAt", "Id") AS place FROM (
                SELECT "Id", "Title", "Status", "Priority", "DueAt", "EntityType", "EntityId", {Bucket} AS bucket
                FROM tasks."TasksTasks" WHERE {Open}) t) g
        WHERE place <= 50 ORDER BY bucket, "DueAt", "Id"
        """;

    private static readonly TimeZoneInfo Moscow = TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow");

    public void Bind(NpgsqlCommand command, Guid user)
    {
        var local = TimeZoneInfo.ConvertTime(now, Moscow);
        var today = new DateTimeOffset(local.Date, local.Offset);
        var daysToMonday = ((int)local.DayOfWeek + 6) % 7;
        command.Parameters.AddWithValue("user", user);
        command.Parameters.AddWithValue("now", now.UtcDateTime);
        command.Parameters.AddWithValue("tomorrow", today.AddDays(1).UtcDateTime);
        command.Parameters.AddWithValue("dayAfter", today.AddDays(2).UtcDateTime);
        command.Parameters.AddWithValue("nextWeek", today.AddDays(7 - daysToMonday).UtcDateTime);
    }

    /// <summary>Both statements for one user, as the page asks for them; returns the number of rows read.</summary>
    public async Task<int> ReadAsync(NpgsqlConnection connection, Guid user)
    {
        var rows = 0;
        foreach (var sql in new[] { CountsSql, ItemsSql })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            Bind(command, user);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                rows++;
        }

        return rows;
    }

    public async Task<string> ExplainAsync(NpgsqlConnection connection, string sql, Guid user)
    {
        await using var command = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + sql, connection);
        Bind(command, user);
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            lines.Add("    " + reader.GetString(0));
        return string.Join('\n', lines);
    }
}
