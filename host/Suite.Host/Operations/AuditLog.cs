using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Suite.Framework.Data;
using Suite.Framework.Domain;
using Suite.Framework.Events;
using Suite.Framework.Exports;
using Suite.Framework.Localization;
using Suite.Framework.Paging;
using Suite.Framework.Time;
using Suite.Host.Identity;

namespace Suite.Host.Operations;

/// <summary>One audited change: when, who (by name), which module's record (by its name where it has one) and each field's old and new value.</summary>
public sealed record AuditEntryDto(
    Guid Id, string Module, string EntityType, Guid EntityId, string? RecordName, string Kind, DateTimeOffset ChangedAt,
    Guid? UserId, string? UserName, IReadOnlyList<FieldChange> Changes);

/// <summary>The audit log's filters: the module, who, the kind of record, one record, and company-local days (both inclusive).</summary>
public sealed class AuditLogRequest : PageRequest
{
    [FromQuery(Name = "module")] public string? Module { get; set; }
    [FromQuery(Name = "userId")] public Guid? UserId { get; set; }
    [FromQuery(Name = "entityType")] public string? EntityType { get; set; }
    [FromQuery(Name = "entityId")] public Guid? EntityId { get; set; }
    [FromQuery(Name = "from")] public DateOnly? From { get; set; }
    [FromQuery(Name = "to")] public DateOnly? To { get; set; }
}

/// <summary>
/// Every module's entity change log as one list, newest first. Each module keeps its own log table (its own schema),
/// so a page is the newest rows of each module's filtered log merged: a module contributes at most skip+take rows.
/// </summary>
internal sealed class AuditLog(IServiceProvider services, BusinessClock clock, SuiteIdentityDbContext identity)
{
    /// <summary>Each module gives up to skip+take rows to a page, so paging stops here; a filter finds older entries.</summary>
    public const int MaxSkip = 10_000;

    /// <summary>The fields that name a record, in the order a caption is looked for.</summary>
    private static readonly string[] NameFields = ["name", "fullName", "title", "number", "subject", "sku", "userName", "eventName"];

    public async Task<PagedResult<AuditEntryDto>> ListAsync(AuditLogRequest request, CancellationToken cancellationToken)
    {
        request.Validate();
        if (request.Skip > MaxSkip)
            throw InputValidationException.For("skipCount", Text.Pick(
                $"Журнал листается не дальше {MaxSkip} записей: сузьте отбор (кто, запись, даты).",
                $"The log pages no further than {MaxSkip} entries: narrow the filter (who, record, days)."));
        var (total, newest) = await NewestAsync(request, request.Skip + request.Take, cancellationToken);
        return new PagedResult<AuditEntryDto>(total, await DescribeAsync(newest.Skip(request.Skip).ToList(), cancellationToken));
    }

    /// <summary>The filtered log as a file, newest first, up to <see cref="ExportLimit"/> rows.</summary>
    public async Task<ExportFile> ExportAsync(AuditLogRequest request, ExportFormat format, CancellationToken cancellationToken)
    {
        var (_, newest) = await NewestAsync(request, ExportLimit, cancellationToken);
        var entries = new List<AuditEntryDto>();
        foreach (var chunk in newest.Chunk(PageRequest.MaxPageSize))
            entries.AddRange(await DescribeAsync(chunk, cancellationToken));
        return ListExport.Write(entries, ExportColumns(), format, "audit-log");
    }

    /// <summary>How many changes match, and the newest <paramref name="count"/> of them over every module.</summary>
    private async Task<(long Total, List<(string Module, EntityChange Change)> Newest)> NewestAsync(
        AuditLogRequest request, int count, CancellationToken cancellationToken)
    {
        var period = clock.Period(request.From, request.To);
        long total = 0;
        var rows = new List<(string Module, EntityChange Change)>();
        foreach (var (module, db) in EventBusState.Contexts(services).Where(c => request.Module is null || c.Module == request.Module))
        {
            var query = Filter(db.EntityChanges.AsNoTracking(), request, period);
            total += await query.LongCountAsync(cancellationToken);
            var newest = await query.OrderByDescending(c => c.ChangedAt).ThenByDescending(c => c.Id)
                .Take(count).ToListAsync(cancellationToken);
            rows.AddRange(newest.Select(c => (module, c)));
        }

        return (total, rows.OrderByDescending(r => r.Change.ChangedAt).ThenByDescending(r => r.Change.Id).Take(count).ToList());
    }

    private async Task<List<AuditEntryDto>> DescribeAsync(IReadOnlyList<(string Module, EntityChange Change)> rows, CancellationToken cancellationToken)
    {
        var names = await RecordNamesAsync(rows, cancellationToken);
        var users = await UserNamesAsync(rows.Select(r => r.Change.UserId), cancellationToken);
        return rows.Select(r => new AuditEntryDto(
            r.Change.Id, r.Module, r.Change.EntityType, r.Change.EntityId, names.GetValueOrDefault((r.Module, r.Change.EntityId)),
            r.Change.Kind.ToString(), r.Change.ChangedAt, r.Change.UserId,
            r.Change.UserId is { } id ? users.GetValueOrDefault(id) : null, Fields(r.Change))).ToList();
    }

    public const int ExportLimit = 100_000;

    private static ExportColumn<AuditEntryDto>[] ExportColumns() =>
    [
        new(Text.Pick("Когда", "When"), e => e.ChangedAt),
        new(Text.Pick("Кто", "Who"), e => e.UserName),
        new(Text.Pick("Модуль", "Module"), e => e.Module),
        new(Text.Pick("Запись", "Record"), e => e.EntityType),
        new(Text.Pick("Название", "Name"), e => e.RecordName),
        new(Text.Pick("Действие", "Action"), e => e.Kind),
        new(Text.Pick("Изменения", "Changes"), e => string.Join("; ", e.Changes.Select(c => $"{c.Field}: {c.OldValue} → {c.NewValue}"))),
    ];

    private static IQueryable<EntityChange> Filter(IQueryable<EntityChange> query, AuditLogRequest request, InstantRange period)
    {
        if (request.UserId is { } userId)
            query = query.Where(c => c.UserId == userId);
        if (!string.IsNullOrWhiteSpace(request.EntityType))
            query = query.Where(c => c.EntityType == request.EntityType.Trim());
        if (request.EntityId is { } entityId)
            query = query.Where(c => c.EntityId == entityId);
        if (period.From is { } from)
            query = query.Where(c => c.ChangedAt >= from);
        if (period.Before is { } before)
            query = query.Where(c => c.ChangedAt < before);
        return query;
    }

    /// <summary>
    /// A record's name as its own log last wrote it: the newest change of a naming field (name, number, title...).
    /// The log is the one place every module's records are written to alike, so no module is asked.
    /// </summary>
    private async Task<Dictionary<(string, Guid), string>> RecordNamesAsync(
        IReadOnlyList<(string Module, EntityChange Change)> page, CancellationToken cancellationToken)
    {
        var names = new Dictionary<(string, Guid), string>();
        foreach (var group in page.GroupBy(r => r.Module))
        {
            var db = EventBusState.Contexts(services).First(c => c.Module == group.Key).Db;
            var ids = group.Select(r => r.Change.EntityId).Distinct().ToList();
            var history = await db.EntityChanges.AsNoTracking().Where(c => ids.Contains(c.EntityId))
                .OrderByDescending(c => c.ChangedAt).Select(c => new { c.EntityId, c.Changes }).ToListAsync(cancellationToken);
            foreach (var change in history)
            {
                if (names.ContainsKey((group.Key, change.EntityId)))
                    continue;
                var fields = Parse(change.Changes);
                var name = NameFields.Select(n => fields.FirstOrDefault(f => f.Field == n)?.NewValue)
                    .FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
                if (name is not null)
                    names[(group.Key, change.EntityId)] = name;
            }
        }

        return names;
    }

    private async Task<Dictionary<Guid, string>> UserNamesAsync(IEnumerable<Guid?> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.OfType<Guid>().Distinct().ToList();
        return await identity.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => string.IsNullOrWhiteSpace(u.FullName) ? u.UserName! : u.FullName, cancellationToken);
    }

    private static IReadOnlyList<FieldChange> Fields(EntityChange change) => Parse(change.Changes);

    private static List<FieldChange> Parse(string changes)
    {
        try
        {
            return JsonSerializer.Deserialize<List<FieldChange>>(changes, EventSerializer.Options) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
