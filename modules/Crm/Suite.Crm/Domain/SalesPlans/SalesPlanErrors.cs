namespace Suite.Crm.Domain.SalesPlans;

/// <summary>The stable codes of the 409 answers about sales plans.</summary>
public static class SalesPlanErrors
{
    /// <summary>The owner (or the team) already has a plan for the period.</summary>
    public const string Duplicate = "Crm.SalesPlan.Duplicate";
}
