using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using Suite.Framework.Data;
using Suite.Framework.Domain;
using Suite.Framework.Events;

namespace Suite.Framework.Imports;

/// <summary>
/// Writes many new records at once with what SaveChanges would write for each: the audit stamps, a "created" row in the
/// module's change log and the record's integration event in the outbox. On PostgreSQL that is one binary COPY per
/// table (measured in docs/bench-imports.md: EF's INSERTs of 100,000 companies with their log and outbox rows took most
/// of the import); on SQLite, EF's batched INSERTs in one SaveChanges. Run it inside the caller's transaction, so the
/// records, their log and their events commit together; the caller has checked the rules (duplicates, validation), and
/// a unique index still refuses a record that raced in meanwhile, failing the whole call.
/// </summary>
public static partial class BulkInsert
{
    public static async Task InsertAsync<T, TEvent>(
        this SuiteDbContext db, IReadOnlyList<T> records, Func<T, TEvent> eventOf, CancellationToken cancellationToken)
        where T : AuditedEntity
        where TEvent : class
    {
        if (records.Count == 0)
            return;
        var services = db.Services;
        if (!db.Database.IsNpgsql())
        {
            db.AddRange(records);
            foreach (var record in records)
                db.Publish(eventOf(record));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            finally
            {
                db.ChangeTracker.Clear();
            }

            return;
        }

        var now = services.Clock.GetUtcNow();
        var userId = services.CurrentUser.Id;
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var changes = new List<EntityChange>(records.Count);
        var events = new List<OutboxMessage>(records.Count);
        foreach (var record in records)
        {
            record.CreatedAt = now;
            record.CreatedBy = userId;
            changes.Add(Created(entityType, record, now, userId));
            events.Add(OutboxMessage.For(eventOf(record), services.Clock));
        }

        await CopyAsync(db, records, cancellationToken);
        await CopyAsync(db, changes, cancellationToken);
        await CopyAsync(db, events, cancellationToken);
        services.Signals.Notify(EventBusSignals.Outbox(db.Module.Module));
    }

    /// <summary>The change-log row SaveChanges writes for an added record: every audited field with its new value.</summary>
    private static EntityChange Created(IEntityType entityType, AuditedEntity record, DateTimeOffset now, Guid? userId)
    {
        var fields = new List<FieldChange>();
        foreach (var property in entityType.GetProperties())
        {
            if (SuiteDbContext.NotAudited.Contains(property.Name) || property.IsShadowProperty())
                continue;
            if (SuiteDbContext.Text(property.GetGetter().GetClrValue(record)) is { } value)
                fields.Add(new FieldChange(JsonNamingPolicy.CamelCase.ConvertName(property.Name), null, value));
        }

        return new EntityChange
        {
            EntityType = entityType.ClrType.Name,
            EntityId = record.Id,
            Kind = EntityChangeKind.Created,
            ChangedAt = now,
            UserId = userId,
            Changes = JsonSerializer.Serialize(fields, EventSerializer.Options),
        };
    }

    /// <summary>One binary COPY of the rows into the entity's table, every mapped column written as EF would store it.</summary>
    private static async Task CopyAsync<T>(DbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken) where T : class
    {
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties()
            .Select(p => p.IsShadowProperty()
                ? throw new NotSupportedException($"{typeof(T).Name}.{p.Name} is a shadow property; bulk inserts write mapped members only.")
                : new Column(p.GetColumnName(table)!, Facets().Replace(p.GetColumnType(), ""), p.GetGetter(), p.GetTypeMapping().Converter))
            .ToList();
        var target = (table.Schema is null ? "" : Quote(table.Schema) + ".") + Quote(table.Name);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var writer = await connection.BeginBinaryImportAsync(
                $"COPY {target} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)", cancellationToken);
            // Synchronous writes: COPY buffers them, and an await per cell costs more than the I/O (bench/Suite.Bench's generator).
            foreach (var row in rows)
            {
                writer.StartRow();
                foreach (var column in columns)
                {
                    var value = column.Getter.GetClrValue(row);
                    if (value is not null && column.Converter is not null)
                        value = column.Converter.ConvertToProvider(value);
                    if (value is null)
                        writer.WriteNull();
                    else
                        writer.Write(value, column.StoreType);
                }
            }

            await writer.CompleteAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private sealed record Column(string Name, string StoreType, IClrPropertyGetter Getter, Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? Converter);

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"") + "\"";

    /// <summary>"character varying(300)" is written as "character varying": the length is the table's check, not the wire's.</summary>
    [GeneratedRegex(@"\(\d+(,\s*\d+)?\)")]
    private static partial Regex Facets();
}
