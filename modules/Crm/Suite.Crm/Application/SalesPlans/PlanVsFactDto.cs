using Suite.Crm.Domain.Settings;

namespace Suite.Crm.Application.SalesPlans;

/// <param name="Basis">What the facts are: wonDeals or paidInvoices (the setting).</param>
/// <param name="WorkingDays">The company's working days in the period.</param>
/// <param name="WorkingDaysPassed">Those up to today, today included: what the forecast extrapolates from.</param>
/// <param name="Team">The whole team; null for a user who sees only their own figures.</param>
internal sealed record PlanVsFactDto(string Period, SalesPlanBasis Basis, DateOnly From, DateOnly To, int WorkingDays, int WorkingDaysPassed,
    IReadOnlyList<PlanVsFactRowDto> Rows, PlanVsFactRowDto? Team);

/// <param name="OwnerId">The manager; null on the team row.</param>
/// <param name="Plan">The plan's amount; 0 without a plan. The team's is its own plan when set, else the managers' plans added up.</param>
/// <param name="Fact">Won or paid in the period so far.</param>
/// <param name="Percent">Fact ÷ plan × 100, two decimals; null without a plan.</param>
/// <param name="Forecast">The fact extrapolated to the end of the period by working days: fact × working days ÷ working days passed.</param>
internal sealed record PlanVsFactRowDto(Guid? OwnerId, string? OwnerName, decimal Plan, decimal Fact, decimal? Percent, decimal Forecast);
