using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Suite.Framework.Time;
using Suite.Tasks.Data;
using Suite.Tasks.Domain.Tasks;

namespace Suite.Tasks.Application.Reports;

/// <summary>
/// The mean hours from creation to completion per assignee over the tasks done in a period, averaged by the database.
/// EF translates no difference of two times on SQLite (stored there as DateTimeOffsetToBinaryConverter's integers), so
/// this one aggregate is written in SQL per provider; its rows are the ones <see cref="ReportBuckets.CompletedWithin"/> selects.
/// </summary>
internal static class CompletionHours
{
    public static async Task<IReadOnlyDictionary<Guid, double>> ByAssigneeAsync(TasksDbContext db, InstantRange period,
        CancellationToken cancellationToken)
    {
        var entity = db.Model.FindEntityType(typeof(WorkTask))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        string Column(string property) => "\"" + entity.FindProperty(property)!.GetColumnName(table) + "\"";
        // Values go to the database as the columns store them (on SQLite the converters turn times into integers).
        object Stored(string property, object value) => entity.FindProperty(property)!.GetTypeMapping().Converter?.ConvertToProvider(value) ?? value;

        var completed = Column(nameof(WorkTask.CompletedAt));
        var created = Column(nameof(WorkTask.CreatedAt));
        // SQLite: the integer is (ticks / 1000) << 11 | offset minutes, and stored times are UTC, so >> 11 gives
        // units of 100 µs (36,000,000 an hour). PostgreSQL subtracts timestamps and reads the interval's seconds.
        var hours = db.Database.IsNpgsql()
            ? $"AVG(EXTRACT(EPOCH FROM ({completed} - {created})))::double precision / 3600.0"
            : $"AVG(({completed} >> 11) - ({created} >> 11)) / 36000000.0";

        var parameters = new List<object> { Stored(nameof(WorkTask.Status), WorkTaskStatus.Done) };
        var where = $"{Column(nameof(WorkTask.Status))} = {{0}} AND {completed} IS NOT NULL";
        if (period.From is { } from)
        {
            parameters.Add(Stored(nameof(WorkTask.CompletedAt), from));
            where += $" AND {completed} >= {{{parameters.Count - 1}}}";
        }

        if (period.Before is { } before)
        {
            parameters.Add(Stored(nameof(WorkTask.CompletedAt), before));
            where += $" AND {completed} < {{{parameters.Count - 1}}}";
        }

        var from_ = entity.GetSchema() is { } schema ? $"\"{schema}\".\"{table.Name}\"" : $"\"{table.Name}\"";
        var sql = $"SELECT {Column(nameof(WorkTask.AssigneeId))} AS \"AssigneeId\", {hours} AS \"Hours\" FROM {from_} WHERE {where} " +
                  $"GROUP BY {Column(nameof(WorkTask.AssigneeId))}";
        var rows = await db.Database.SqlQueryRaw<HoursRow>(sql, parameters.ToArray()).ToListAsync(cancellationToken);
        return rows.Where(r => r.Hours is not null).ToDictionary(r => r.AssigneeId, r => r.Hours!.Value);
    }

    private sealed class HoursRow
    {
        public Guid AssigneeId { get; set; }
        public double? Hours { get; set; }
    }
}
