using Suite.Crm.Domain.Deals;
using Suite.Crm.Events;

namespace Suite.Crm.Application.Deals;

/// <summary>A deal's lines as its events carry them, in their order.</summary>
internal static class DealLines
{
    public static IReadOnlyList<DealLineEto> Of(Deal deal) => deal.Lines.OrderBy(l => l.Position)
        .Select(l => new DealLineEto(l.Position, l.ProductId, l.Description, l.Quantity, l.UnitPrice, l.Amount)).ToList();
}
