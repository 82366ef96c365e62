using Suite.Framework.Events;
using Suite.Stock.Events;
using Suite.Tasks.Application.Rules;
using Suite.Tasks.Domain.Rules;
using Suite.Tasks.Domain.Tasks;
using static Suite.Tasks.Templates.RuleTemplateModel;

namespace Suite.Tasks.EventHandlers;

/// <summary>A product fell below its minimum: the rules set their tasks (to a user or a role: a product has no owner), once per crossing.</summary>
internal sealed class ProductBelowMinimumRuleHandler(RuleTaskMaker maker) : IIntegrationEventHandler<ProductBelowMinimumEto>
{
    public Task HandleAsync(ProductBelowMinimumEto e, CancellationToken ct) =>
        maker.MakeAsync(new RuleOccurrence(RuleTriggers.ProductBelowMinimum, $"{e.ProductId:N}:{e.At.UtcTicks}", e.At,
            new CardReference("product", e.ProductId), null, Of(("product", Product(e.Name, e.Sku, e.Available, e.MinQuantity)))), null, ct);
}
