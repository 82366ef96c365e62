using Microsoft.EntityFrameworkCore;
using Suite.Framework.Data;
using Suite.Framework.Time;
using Suite.Tasks.Domain.NextStep;
using Suite.Tasks.Data;
using Suite.Tasks.Domain.Tasks;
using Suite.Tasks.Events;

namespace Suite.Tasks.Application.NextStep;

/// <summary>
/// The daily check: every open deal (Tasks' copy of it) with no open task on it gets <c>Tasks.Deal.WithoutNextStep</c>
/// for its owner, in the same transaction as the day's <see cref="NextStepCheck"/>. A second host doing the same day
/// fails on that row's key and its events are rolled back with it.
/// </summary>
internal sealed class DealsWithoutNextStep(TasksDbContext db, BusinessClock clock)
{
    private const string Deal = "deal";

    public Task<bool> HasRunAsync(DateOnly day, CancellationToken cancellationToken) =>
        db.NextStepChecks.AnyAsync(c => c.Day == day, cancellationToken);

    /// <returns>How many deals were flagged, or null when the day was already checked (here or on another host).</returns>
    public async Task<int?> CheckAsync(DateOnly day, CancellationToken cancellationToken)
    {
        if (await HasRunAsync(day, cancellationToken))
            return null;

        // One query over the copies: the deals with no open task, never a loop asking deal by deal.
        var deals = await db.Cards.AsNoTracking()
            .Where(c => c.EntityType == Deal && c.IsOpenDeal && !c.IsDeleted &&
                        !db.Tasks.Any(t => t.EntityType == Deal && t.EntityId == c.Id &&
                                           (t.Status == WorkTaskStatus.Open || t.Status == WorkTaskStatus.InProgress)))
            .Select(c => new { c.Id, c.Title, c.OwnerId })
            .ToListAsync(cancellationToken);

        var now = clock.UtcNow;
        db.NextStepChecks.Add(new NextStepCheck(day, now, deals.Count));
        foreach (var deal in deals)
            db.Publish(new DealWithoutNextStepEto(deal.Id, deal.Title, deal.OwnerId, day, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e))
        {
            return null;
        }

        return deals.Count;
    }
}
