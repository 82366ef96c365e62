using Suite.Crm.Domain.SalesPlans;

namespace Suite.Crm.Application.SalesPlans;

/// <param name="OwnerId">Null for the team's plan.</param>
/// <param name="OwnerName">The manager's full name from Crm's copy of people; null for the team (and for a user Crm does not know yet).</param>
internal sealed record SalesPlanDto(Guid Id, string Period, Guid? OwnerId, string? OwnerName, decimal Amount, string ConcurrencyStamp)
{
    internal static SalesPlanDto From(SalesPlan p, string? ownerName) => new(p.Id, p.Period, p.OwnerId, ownerName, p.Amount, p.ConcurrencyStamp);
}
