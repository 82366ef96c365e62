using Microsoft.EntityFrameworkCore;
using Suite.Crm.Data;

namespace Suite.Crm.Application.Deals;

/// <summary>Puts each deal's next step on deals read for the board, a list page or a card: one query by primary key for all.</summary>
internal static class NextTasks
{
    public static async Task<IReadOnlyList<DealDto>> WithNextTasksAsync(this CrmDbContext db, IReadOnlyList<DealDto> deals,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (deals.Count == 0)
            return deals;
        var ids = deals.Select(d => d.Id).ToList();
        var next = await db.DealNextTasks.AsNoTracking().Where(n => ids.Contains(n.Id) && n.TaskId != null)
            .ToDictionaryAsync(n => n.Id, cancellationToken);
        return deals.Select(d => d with { NextTask = NextTaskDto.From(next.GetValueOrDefault(d.Id), now) }).ToList();
    }
}
