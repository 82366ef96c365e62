using Microsoft.AspNetCore.Mvc;
using Suite.Framework.Paging;

namespace Suite.Crm.Application.SalesPlans;

internal sealed class SalesPlanListRequest : PageRequest
{
    /// <summary>Only the plans of this month or quarter ("2026-12", "2026-Q4").</summary>
    [FromQuery(Name = "period")] public string? Period { get; set; }

    [FromQuery(Name = "ownerId")] public Guid? OwnerId { get; set; }
}
