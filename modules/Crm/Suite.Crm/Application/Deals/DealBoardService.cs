using Microsoft.EntityFrameworkCore;
using Suite.Crm.Data;
using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Framework.People;
using Suite.Framework.Users;

namespace Suite.Crm.Application.Deals;

/// <summary>The kanban board: counts and totals are added up by the database over every matching deal, not only the cards shown.</summary>
internal sealed class DealBoardService(CrmDbContext db, DealQuery dealQuery, DealCounterService counters, ICurrentUser user, TimeProvider clock)
{
    /// <summary>Newest first; the id breaks ties so that paging a column neither repeats nor skips a card.</summary>
    public const string CardSorting = "createdAt desc, id";

    public async Task<DealBoardDto> GetAsync(DealBoardRequest request, CancellationToken cancellationToken)
    {
        var take = request.Take ?? DealBoardRequest.DefaultTake;
        if (take is < 1 or > DealBoardRequest.MaxTake)
            throw InputValidationException.For("take", Text.Pick(
                $"take должен быть от 1 до {DealBoardRequest.MaxTake}.", $"take must be between 1 and {DealBoardRequest.MaxTake}."));

        var pipeline = request.PipelineId is { } pipelineId
            ? await db.Pipelines.AsNoTracking().SingleOrDefaultAsync(p => p.Id == pipelineId, cancellationToken)
              ?? throw new EntityNotFoundException("Pipeline", pipelineId)
            : await db.Pipelines.AsNoTracking().SingleAsync(p => p.IsDefault, cancellationToken);

        var deals = dealQuery.Filter(new DealListRequest
        {
            PipelineId = pipeline.Id,
            OwnerId = request.OwnerId,
            Mine = request.Mine,
            SourceId = request.SourceId,
            Tag = request.Tag,
            Filter = request.Filter,
        }).AsNoTracking();

        // The counters know pipeline, stage and owner; a source, tag or title filter needs the deals themselves.
        var countable = request.SourceId is null && string.IsNullOrWhiteSpace(request.Tag) && string.IsNullOrWhiteSpace(request.Filter);
        var totals = countable
            ? await counters.Rows(pipeline.Id, counters.Scope(request.OwnerId, request.Mine == true ? (Guid?)(user.Id ?? Guid.Empty) : null))
                .GroupBy(c => c.StageId)
                .Select(g => new StageTotal(g.Key, g.Sum(c => c.Count), g.Sum(c => c.Amount)))
                .ToDictionaryAsync(t => t.StageId, cancellationToken)
            : await deals
                .GroupBy(d => d.StageId)
                .Select(g => new StageTotal(g.Key, g.LongCount(), g.Sum(d => d.Amount)))
                .ToDictionaryAsync(t => t.StageId, cancellationToken);

        var columns = new List<DealBoardColumnDto>();
        foreach (var stage in pipeline.OrderedStages)
        {
            var total = totals.GetValueOrDefault(stage.Id);
            var cards = total is not { Count: > 0 }
                ? []
                : await DealQuery.Sorting.Apply(deals.Where(d => d.StageId == stage.Id), CardSorting)
                    .Take(take).ToListAsync(cancellationToken);
            var named = await db.People.WithNamesAsync(cards.Select(DealDto.From).ToList(),
                d => d.OwnerId, (d, name) => d with { OwnerName = name }, cancellationToken);
            columns.Add(new DealBoardColumnDto(stage.Id, stage.Name, stage.Kind, stage.Order, stage.Probability,
                total?.Count ?? 0, total?.Amount ?? 0m, await db.WithNextTasksAsync(named, clock.GetUtcNow(), cancellationToken)));
        }

        return new DealBoardDto(pipeline.Id, CardSorting, columns);
    }

    private sealed record StageTotal(Guid StageId, long Count, decimal Amount);
}
