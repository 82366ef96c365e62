using Npgsql;
using NpgsqlTypes;

namespace Suite.Bench;

/// <summary>What the deal generator wrote and the ids the deal scenarios ask about.</summary>
internal sealed record GeneratedDeals(int Deals, long StageStays, Guid PipelineId, Guid[] OpenStages, Guid[] Owners, TimeSpan Elapsed);

/// <summary>
/// Writes deals and their stage history straight into crm."CrmDeals" and crm."CrmDealStageHistory" with binary
/// COPY, over the companies already generated and the default pipeline, sources and loss reasons the host seeded.
/// The shape follows a real sales team: deals created over two years, about two in three moving on at each
/// stage, older deals mostly closed (won more often the further they got), a few days to weeks per stage, and
/// every stay written to the history as the application writes it (the current stay has no "LeftAt").
/// Foreign keys are not checked during the load (session_replication_role = replica): the ids are known good.
/// </summary>
internal static class DealGenerator
{
    private static readonly string[] Products =
        ["окна ПВХ", "двери", "остекление балкона", "фасад", "монтаж", "сервисный договор", "поставка профиля", "рольставни"];

    private const string DealColumns =
        "\"Id\", \"Title\", \"SearchText\", \"CompanyId\", \"PipelineId\", \"StageId\", \"Amount\", \"Currency\", \"ExpectedCloseDate\", " +
        "\"OwnerId\", \"SourceId\", \"Status\", \"LossReasonId\", \"LossComment\", \"ClosedAt\", \"StageEnteredAt\", \"ReopenStageId\", " +
        "\"CreatedAt\", \"CreatedBy\", \"ModifiedAt\", \"ModifiedBy\", \"ConcurrencyStamp\", \"ReachedStageOrder\"";

    private const string HistoryColumns = "\"Id\", \"DealId\", \"StageId\", \"EnteredAt\", \"LeftAt\"";

    public static async Task<GeneratedDeals> InsertAsync(NpgsqlDataSource database, int count, int ownerCount, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var random = new Random(20261124);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);

        var companies = await ReadGuids(connection, "SELECT \"Id\" FROM crm.\"CrmCompanies\"", cancellationToken);
        var sources = await ReadGuids(connection, "SELECT \"Id\" FROM crm.\"CrmSources\"", cancellationToken);
        var reasons = await ReadGuids(connection, "SELECT \"Id\" FROM crm.\"CrmLossReasons\"", cancellationToken);
        var pipeline = (Guid)(await new NpgsqlCommand("SELECT \"Id\" FROM crm.\"CrmPipelines\" WHERE \"IsDefault\"", connection)
            .ExecuteScalarAsync(cancellationToken))!;
        var stages = new List<(Guid Id, string Kind, int Order)>();
        await using (var read = new NpgsqlCommand(
                         "SELECT \"Id\", \"Kind\", \"Order\" FROM crm.\"CrmStages\" WHERE \"PipelineId\" = @p ORDER BY \"Order\"", connection))
        {
            read.Parameters.AddWithValue("p", pipeline);
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                stages.Add((reader.GetGuid(0), reader.GetString(1), reader.GetInt32(2)));
        }

        var open = stages.Where(s => s.Kind == "Open").Select(s => s.Id).ToArray();
        var openOrder = stages.Where(s => s.Kind == "Open").Select(s => s.Order).ToArray();
        var won = stages.Single(s => s.Kind == "Won").Id;
        var lost = stages.Single(s => s.Kind == "Lost").Id;
        var owners = Enumerable.Range(0, ownerCount).Select(_ => RandomGuid(random)).ToArray();
        var now = DateTime.UtcNow;
        var history = new List<(Guid Id, Guid Deal, Guid Stage, DateTime Entered, DateTime? Left)>(count * 3);

        await using (var session = new NpgsqlCommand("SET session_replication_role = replica", connection))
            await session.ExecuteNonQueryAsync(cancellationToken);

        await using (var writer = await connection.BeginBinaryImportAsync(
                         $"COPY crm.\"CrmDeals\" ({DealColumns}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            for (var i = 0; i < count; i++)
            {
                var created = now - TimeSpan.FromMinutes(random.NextDouble() * 2 * 365 * 24 * 60);
                var age = (now - created).TotalDays;
                var reached = 0;
                while (reached < open.Length - 1 && random.NextDouble() < 0.65)
                    reached++;
                var closed = random.NextDouble() < Math.Min(0.95, age / 120);
                var isWon = closed && random.NextDouble() < 0.15 + 0.17 * reached;

                // A few days to a few weeks per stage, squeezed into the deal's age when it is young.
                var stays = Enumerable.Range(0, reached + 1).Select(_ => 1 + random.NextDouble() * random.NextDouble() * 30).ToArray();
                var span = stays.Sum();
                var room = closed ? age * (0.3 + 0.7 * random.NextDouble()) : age * random.NextDouble();
                var scale = span > room ? room / span : 1;
                var id = Guid.CreateVersion7(new DateTimeOffset(created));
                var at = created;
                for (var s = 0; s <= reached; s++)
                {
                    var left = at + TimeSpan.FromDays(stays[s] * scale);
                    var last = s == reached;
                    history.Add((Guid.CreateVersion7(new DateTimeOffset(at)), id, open[s], at, last && !closed ? null : left));
                    if (!last)
                        at = left;
                    else if (closed)
                        at = left;
                }

                Guid stageId = open[reached];
                DateTime? closedAt = null;
                if (closed)
                {
                    stageId = isWon ? won : lost;
                    closedAt = at;
                    history.Add((Guid.CreateVersion7(new DateTimeOffset(at)), id, stageId, at, null));
                }

                var owner = owners[random.Next(owners.Length)];
                var product = Products[random.Next(Products.Length)];
                var title = $"{char.ToUpperInvariant(product[0])}{product[1..]} №{i + 1}";
                var amount = Math.Round((decimal)Math.Exp(9.5 + random.NextDouble() * 5.5) / 100m) * 100m;
                var status = closed ? (isWon ? "Won" : "Lost") : "Open";

                writer.StartRow();
                writer.Write(id, NpgsqlDbType.Uuid);
                writer.Write(title, NpgsqlDbType.Varchar);
                writer.Write(title.ToLowerInvariant(), NpgsqlDbType.Varchar);
                writer.Write(companies[random.Next(companies.Length)], NpgsqlDbType.Uuid);
                writer.Write(pipeline, NpgsqlDbType.Uuid);
                writer.Write(stageId, NpgsqlDbType.Uuid);
                writer.Write(amount, NpgsqlDbType.Numeric);
                writer.Write("RUB", NpgsqlDbType.Varchar);
                writer.Write(DateOnly.FromDateTime(created.AddDays(30 + random.Next(90))), NpgsqlDbType.Date);
                writer.Write(owner, NpgsqlDbType.Uuid);
                if (random.NextDouble() < 0.7)
                    writer.Write(sources[random.Next(sources.Length)], NpgsqlDbType.Uuid);
                else
                    writer.WriteNull();
                writer.Write(status, NpgsqlDbType.Varchar);
                if (closed && !isWon)
                    writer.Write(reasons[random.Next(reasons.Length)], NpgsqlDbType.Uuid);
                else
                    writer.WriteNull();
                writer.WriteNull();
                if (closedAt is { } c)
                    writer.Write(c, NpgsqlDbType.TimestampTz);
                else
                    writer.WriteNull();
                writer.Write(at, NpgsqlDbType.TimestampTz);
                if (closed)
                    writer.Write(open[reached], NpgsqlDbType.Uuid);
                else
                    writer.WriteNull();
                writer.Write(created, NpgsqlDbType.TimestampTz);
                writer.Write(owner, NpgsqlDbType.Uuid);
                writer.Write(at, NpgsqlDbType.TimestampTz);
                writer.Write(owner, NpgsqlDbType.Uuid);
                writer.Write(Guid.NewGuid().ToString("N"), NpgsqlDbType.Varchar);
                writer.Write(openOrder[reached], NpgsqlDbType.Integer);
            }

            await writer.CompleteAsync(cancellationToken);
        }

        await using (var writer = await connection.BeginBinaryImportAsync(
                         $"COPY crm.\"CrmDealStageHistory\" ({HistoryColumns}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var h in history)
            {
                writer.StartRow();
                writer.Write(h.Id, NpgsqlDbType.Uuid);
                writer.Write(h.Deal, NpgsqlDbType.Uuid);
                writer.Write(h.Stage, NpgsqlDbType.Uuid);
                writer.Write(h.Entered, NpgsqlDbType.TimestampTz);
                if (h.Left is { } left)
                    writer.Write(left, NpgsqlDbType.TimestampTz);
                else
                    writer.WriteNull();
            }

            await writer.CompleteAsync(cancellationToken);
        }

        return new GeneratedDeals(count, history.Count, pipeline, open, owners, started.Elapsed);
    }

    private static async Task<Guid[]> ReadGuids(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        var ids = new List<Guid>();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            ids.Add(reader.GetGuid(0));
        return ids.ToArray();
    }

    private static Guid RandomGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
