using Suite.Framework.Domain;

namespace Suite.Crm.Domain.SalesPlans;

/// <summary>
/// The amount a manager (or the whole team) is to sell in a month or a quarter. One plan per owner and period;
/// what counts as sold is the company's setting (<see cref="Settings.SalesPlanBasis"/>).
/// </summary>
public sealed class SalesPlan : AuditedEntity
{
    private SalesPlan()
    {
        Period = null!;
    }

    public SalesPlan(SalesPeriod period, Guid? ownerId, decimal amount)
    {
        Period = null!;
        Change(period, ownerId, amount);
    }

    /// <summary>"2026-12" or "2026-Q4".</summary>
    public string Period { get; private set; }

    /// <summary>The manager; null for the team's plan.</summary>
    public Guid? OwnerId { get; private set; }

    /// <summary><see cref="OwnerId"/>, or <see cref="Guid.Empty"/> for the team: what "one plan per owner and period" is checked on (a null would never collide).</summary>
    public Guid OwnerKey { get; private set; }

    public decimal Amount { get; private set; }

    public void Change(SalesPeriod period, Guid? ownerId, decimal amount)
    {
        if (amount < 0)
            throw new ArgumentOutOfRangeException(nameof(amount), "A plan is not negative.");
        Period = period.Code;
        OwnerId = ownerId;
        OwnerKey = KeyOf(ownerId);
        Amount = amount;
    }

    public static Guid KeyOf(Guid? ownerId) => ownerId ?? Guid.Empty;
}
