using Suite.Crm.Events;
using Suite.Framework.Events;
using Suite.Tasks.Application.Rules;
using Suite.Tasks.Domain.Rules;
using Suite.Tasks.Domain.Tasks;
using static Suite.Tasks.Templates.RuleTemplateModel;

namespace Suite.Tasks.EventHandlers;

/// <summary>A lead came in: "call within 15 minutes" and the like, once per lead.</summary>
internal sealed class LeadCreatedRuleHandler(RuleTaskMaker maker, RuleCards cards) : IIntegrationEventHandler<LeadCreatedEto>
{
    public async Task HandleAsync(LeadCreatedEto e, CancellationToken ct)
    {
        var model = Of(("lead", Lead(e.Title, e.Name, e.Phone, e.Email, e.CompanyName)),
            ("owner", Owner(await cards.PersonNameAsync(e.OwnerId, ct))));
        await maker.MakeAsync(new RuleOccurrence(RuleTriggers.LeadCreated, $"{e.LeadId:N}", e.ChangedAt, new CardReference("lead", e.LeadId), e.OwnerId, model),
            null, ct);
    }
}
