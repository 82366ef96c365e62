using Suite.Crm.Data;
using Suite.Crm.Domain.Deals;
using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Framework.Paging;
using Suite.Framework.Users;

namespace Suite.Crm.Application.Deals;

/// <summary>
/// The deals a user may see, narrowed by the list filters: one definition for the list, the board and the export,
/// so the record rule cannot be forgotten in one of them.
/// </summary>
internal sealed class DealQuery(CrmDbContext db, ICurrentUser user, TimeProvider clock)
{
    public static readonly SortMap<Deal> Sorting = new SortMap<Deal>("createdAt desc")
        .Add("title", d => d.Title)
        .Add("amount", d => d.Amount)
        .Add("createdAt", d => d.CreatedAt)
        .Add("expectedCloseDate", d => d.ExpectedCloseDate)
        .Add("stageEnteredAt", d => d.StageEnteredAt)
        .Add("id", d => d.Id);

    public IQueryable<Deal> Visible => db.Deals.VisibleTo(user);

    public IQueryable<Deal> Filter(DealListRequest request)
    {
        var query = Visible;
        if (!string.IsNullOrWhiteSpace(request.Filter))
        {
            var term = request.Filter.Trim().ToLowerInvariant();
            query = query.Where(d => d.SearchText.Contains(term));
        }

        if (request.PipelineId is { } pipelineId)
            query = query.Where(d => d.PipelineId == pipelineId);
        if (request.StageId is { } stageId)
            query = query.Where(d => d.StageId == stageId);
        if (request.OwnerId is { } ownerId)
            query = query.Where(d => d.OwnerId == ownerId);
        if (request.Mine == true)
            query = query.Where(d => d.OwnerId == user.Id);
        if (request.CompanyId is { } companyId)
            query = query.Where(d => d.CompanyId == companyId);
        if (request.SourceId is { } sourceId)
            query = query.Where(d => d.SourceId == sourceId);
        if (!string.IsNullOrWhiteSpace(request.Tag))
        {
            var tag = request.Tag.Trim();
            query = query.Where(d => db.Companies.Any(c => c.Id == d.CompanyId && c.Tags.Contains(tag)));
        }

        if (!string.IsNullOrWhiteSpace(request.Status))
        {
            DealStatus status = request.Status.Trim().ToLowerInvariant() switch
            {
                "open" => DealStatus.Open,
                "won" => DealStatus.Won,
                "lost" => DealStatus.Lost,
                _ => throw InputValidationException.For("status", Text.Pick("Статус — open, won или lost.", "The status is open, won or lost.")),
            };
            query = query.Where(d => d.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(request.NextStep))
            query = WithNextStep(query, request.NextStep.Trim().ToLowerInvariant());

        return query;
    }

    /// <summary>The same rule as the next-steps report: a deal's next step is the open task Tasks last reported for it.</summary>
    private IQueryable<Deal> WithNextStep(IQueryable<Deal> query, string nextStep)
    {
        var now = clock.GetUtcNow();
        var planned = db.DealNextTasks.Where(n => n.TaskId != null);
        query = query.Where(d => d.Status == DealStatus.Open);
        return nextStep switch
        {
            "none" => query.Where(d => !planned.Any(n => n.Id == d.Id)),
            "overdue" => query.Where(d => planned.Any(n => n.Id == d.Id && n.DueAt < now)),
            _ => throw InputValidationException.For("nextStep", Text.Pick("Следующий шаг — none или overdue.", "The next step is none or overdue.")),
        };
    }
}
