using Suite.Crm.Events;
using Suite.Framework.Events;
using Suite.Tasks.Application.Rules;
using Suite.Tasks.Domain.Rules;
using Suite.Tasks.Domain.Tasks;
using static Suite.Tasks.Templates.RuleTemplateModel;

namespace Suite.Tasks.EventHandlers;

/// <summary>A deal was won: the "won" rules set their tasks on it, once per deal.</summary>
internal sealed class DealWonRuleHandler(RuleTaskMaker maker, RuleCards cards) : IIntegrationEventHandler<DealWonEto>
{
    public async Task HandleAsync(DealWonEto e, CancellationToken ct)
    {
        var deal = await cards.FindAsync("deal", e.DealId, ct);
        var model = Of(("deal", Deal(deal?.Title, e.Amount, e.Currency)),
            ("company", Company(await cards.TitleAsync("company", e.CompanyId, ct))),
            ("owner", Owner(await cards.PersonNameAsync(e.OwnerId, ct))));
        await maker.MakeAsync(new RuleOccurrence(RuleTriggers.DealWon, $"{e.DealId:N}", e.ChangedAt, new CardReference("deal", e.DealId), e.OwnerId, model),
            null, ct);
    }
}
