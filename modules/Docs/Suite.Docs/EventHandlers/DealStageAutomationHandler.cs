using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Suite.Crm.Events;
using Suite.Docs.Application.Generating;
using Suite.Docs.Data;
using Suite.Docs.Domain.Cards;
using Suite.Framework.Events;

namespace Suite.Docs.EventHandlers;

/// <summary>A deal entered a stage: makes the documents its automations name, once per stage change.</summary>
internal sealed class DealStageAutomationHandler(DocsDbContext db, DocumentGenerator generator, ILogger<DealStageAutomationHandler> logger)
    : IIntegrationEventHandler<DealStageChangedEto>
{
    public async Task HandleAsync(DealStageChangedEto e, CancellationToken cancellationToken)
    {
        var automations = await db.DocumentAutomations.AsNoTracking()
            .Where(a => a.IsActive && a.PipelineId == e.PipelineId && a.StageId == e.ToStageId).ToListAsync(cancellationToken);
        if (automations.Count == 0)
            return;
        var deal = await db.Cards.AsNoTracking().SingleOrDefaultAsync(c => c.Id == e.DealId && c.EntityType == CardTypes.Deal, cancellationToken);
        if (deal is null)
        {
            logger.LogWarning("Deal {DealId} entered a stage with document automations before Docs had its copy; no document made", e.DealId);
            return;
        }

        foreach (var automation in automations)
        {
            var template = await db.Templates.AsNoTracking().SingleOrDefaultAsync(t => t.Id == automation.TemplateId && !t.IsDeleted, cancellationToken);
            if (template is not null)
                await generator.MakeForEventAsync(template, deal, e.ChangedBy,
                    $"Crm.Deal.StageChanged:{automation.Id:N}:{e.ChangedAt.UtcTicks}", cancellationToken);
        }
    }
}
