using Microsoft.EntityFrameworkCore;
using Suite.Framework.Exports;
using Suite.Crm.Data;
using Suite.Crm.Domain.Deals;
using Suite.Framework.Localization;
using Suite.Framework.People;
using Suite.Framework.Users;

namespace Suite.Crm.Application.Deals;

/// <summary>
/// The deals list as a spreadsheet: the same filters, sorting and record rule as the list, without paging. A deal's
/// company is named only when the user may see that company (a director can give a manager a deal on another's client).
/// </summary>
internal sealed class DealExport(CrmDbContext db, DealQuery dealQuery, ICurrentUser user)
{
    private sealed record Row(
        string Title, string? Company, Guid PipelineId, Guid StageId, decimal Amount, string Currency, DealStatus Status,
        DateOnly? ExpectedCloseDate, Guid OwnerId, Guid? SourceId, Guid? LossReasonId, DateTimeOffset CreatedAt, DateTimeOffset? ClosedAt);

    public async Task<ExportFile> ExportAsync(DealListRequest request, string? format, CancellationToken cancellationToken)
    {
        var fileFormat = ListExport.ParseFormat(format);
        var deals = DealQuery.Sorting.Apply(dealQuery.Filter(request).AsNoTracking().IgnoreAutoIncludes(), request.Sorting);
        var rows = await (
                from d in deals
                join c in db.Companies.VisibleTo(user) on d.CompanyId equals c.Id into companies
                from c in companies.DefaultIfEmpty()
                select new Row(d.Title, c == null ? null : c.Name, d.PipelineId, d.StageId, d.Amount, d.Currency, d.Status,
                    d.ExpectedCloseDate, d.OwnerId, d.SourceId, d.LossReasonId, d.CreatedAt, d.ClosedAt))
            .ToListAsync(cancellationToken);

        var pipelines = await db.Pipelines.AsNoTracking().ToListAsync(cancellationToken);
        var pipelineNames = pipelines.ToDictionary(p => p.Id, p => p.Name);
        var stageNames = pipelines.SelectMany(p => p.Stages).ToDictionary(s => s.Id, s => s.Name);
        var sources = await db.Sources.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var owners = await db.People.NamesAsync(rows.Select(r => r.OwnerId), cancellationToken);
        var reasons = await db.LossReasons.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name, cancellationToken);

        ExportColumn<Row>[] columns =
        [
            new(Text.Pick("Сделка", "Deal"), r => r.Title),
            new(Text.Pick("Компания", "Company"), r => r.Company),
            new(Text.Pick("Воронка", "Pipeline"), r => pipelineNames.GetValueOrDefault(r.PipelineId)),
            new(Text.Pick("Этап", "Stage"), r => stageNames.GetValueOrDefault(r.StageId)),
            new(Text.Pick("Сумма", "Amount"), r => r.Amount),
            new(Text.Pick("Валюта", "Currency"), r => r.Currency),
            new(Text.Pick("Статус", "Status"), r => StatusWords.Of(r.Status)),
            new(Text.Pick("Ожидаемая дата закрытия", "Expected close date"), r => r.ExpectedCloseDate),
            new(Text.Pick("Источник", "Source"), r => r.SourceId is { } id ? sources.GetValueOrDefault(id) : null),
            new(Text.Pick("Причина отказа", "Loss reason"), r => r.LossReasonId is { } id ? reasons.GetValueOrDefault(id) : null),
            new(Text.Pick("Ответственный", "Owner"), r => owners.GetValueOrDefault(r.OwnerId)),
            new(Text.Pick("Создана (UTC)", "Created (UTC)"), r => r.CreatedAt),
            new(Text.Pick("Закрыта (UTC)", "Closed (UTC)"), r => r.ClosedAt),
        ];
        return ListExport.Write(rows, columns, fileFormat, "deals");
    }
}
