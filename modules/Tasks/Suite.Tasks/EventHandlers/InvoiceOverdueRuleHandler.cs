using Suite.Finance.Events;
using Suite.Framework.Events;
using Suite.Tasks.Application.Rules;
using Suite.Tasks.Domain.Rules;
using Suite.Tasks.Domain.Tasks;
using static Suite.Tasks.Templates.RuleTemplateModel;

namespace Suite.Tasks.EventHandlers;

/// <summary>
/// An invoice is overdue: the rules set their tasks on it, once per invoice and due date. "Owner" is the owner of the
/// invoice's deal when Tasks' copy of the deal knows it, else the invoice's own owner.
/// </summary>
internal sealed class InvoiceOverdueRuleHandler(RuleTaskMaker maker, RuleCards cards) : IIntegrationEventHandler<InvoiceOverdueEto>
{
    public async Task HandleAsync(InvoiceOverdueEto e, CancellationToken ct)
    {
        var deal = await cards.FindAsync("deal", e.DealId, ct);
        var owner = deal?.OwnerId is { } dealOwner && dealOwner != Guid.Empty ? dealOwner : e.OwnerId;
        var model = Of(("invoice", Invoice(e.Number, e.Total, e.AmountDue, e.DueDate)),
            ("company", Company(await cards.TitleAsync("company", e.CompanyId, ct))),
            ("deal", Deal(deal?.Title, deal?.Amount, null)),
            ("owner", Owner(await cards.PersonNameAsync(owner, ct))));
        await maker.MakeAsync(new RuleOccurrence(RuleTriggers.InvoiceOverdue, $"{e.InvoiceId:N}:{e.DueDate:yyyyMMdd}", e.At,
            new CardReference("invoice", e.InvoiceId), owner, model), null, ct);
    }
}
