using Suite.Crm.Data;
using Suite.Crm.Domain.Deals;
using Suite.Framework.Events;
using Suite.Tasks.Events;

namespace Suite.Crm.Application.Deals;

/// <summary>Keeps each deal's next step from Tasks' reports; a message older than the one kept (a late or replayed one) is ignored.</summary>
internal sealed class DealNextTaskHandler(CrmDbContext db) : IIntegrationEventHandler<DealNextTaskChangedEto>
{
    public async Task HandleAsync(DealNextTaskChangedEto e, CancellationToken cancellationToken)
    {
        var next = db.DealNextTasks.Local.FirstOrDefault(n => n.Id == e.DealId)
                   ?? await db.DealNextTasks.FindAsync([e.DealId], cancellationToken);
        if (next is null)
        {
            next = new DealNextTask(e.DealId);
            db.DealNextTasks.Add(next);
        }

        next.Apply(e.TaskId, e.Title, e.DueAt, e.AssigneeId, e.Version);
    }
}
