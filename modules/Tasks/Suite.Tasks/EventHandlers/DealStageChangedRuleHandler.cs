using Suite.Crm.Events;
using Suite.Framework.Events;
using Suite.Tasks.Application.Rules;
using Suite.Tasks.Domain.Rules;
using Suite.Tasks.Domain.Tasks;
using static Suite.Tasks.Templates.RuleTemplateModel;

namespace Suite.Tasks.EventHandlers;

/// <summary>A deal entered a stage: the rules waiting for that stage set their tasks on the deal, once per move.</summary>
internal sealed class DealStageChangedRuleHandler(RuleTaskMaker maker, RuleCards cards) : IIntegrationEventHandler<DealStageChangedEto>
{
    public async Task HandleAsync(DealStageChangedEto e, CancellationToken ct)
    {
        var deal = await cards.FindAsync("deal", e.DealId, ct);
        var model = Of(("deal", Deal(deal?.Title, e.Amount, e.Currency)),
            ("company", Company(await cards.TitleAsync("company", deal?.CompanyId, ct))),
            ("owner", Owner(await cards.PersonNameAsync(e.OwnerId, ct))));
        // The move's time is part of its identity: a deal that leaves the stage and comes back gets a new task.
        var occurrence = new RuleOccurrence(RuleTriggers.DealStageChanged, $"{e.DealId:N}:{e.ToStageId:N}:{e.ChangedAt.UtcTicks}", e.ChangedAt,
            new CardReference("deal", e.DealId), e.OwnerId, model);
        await maker.MakeAsync(occurrence, rules => rules.Where(r => r.StageId == e.ToStageId && (r.PipelineId == null || r.PipelineId == e.PipelineId)), ct);
    }
}
