using Microsoft.AspNetCore.Mvc;
using Suite.Framework.Paging;

namespace Suite.Crm.Application.Deals;

/// <summary>The deals list query: paging, sorting, a title filter and the board's filters.</summary>
internal sealed class DealListRequest : PageRequest
{
    [FromQuery(Name = "pipelineId")] public Guid? PipelineId { get; set; }
    [FromQuery(Name = "stageId")] public Guid? StageId { get; set; }
    [FromQuery(Name = "ownerId")] public Guid? OwnerId { get; set; }

    /// <summary>open, won or lost.</summary>
    [FromQuery(Name = "status")] public string? Status { get; set; }

    [FromQuery(Name = "companyId")] public Guid? CompanyId { get; set; }
    [FromQuery(Name = "sourceId")] public Guid? SourceId { get; set; }

    /// <summary>Deals of companies that carry this tag (deals have no tags of their own: a client is tagged, not a sale).</summary>
    [FromQuery(Name = "tag")] public string? Tag { get; set; }

    /// <summary>Only the current user's deals, whatever else they may see.</summary>
    [FromQuery(Name = "mine")] public bool? Mine { get; set; }

    /// <summary>
    /// <c>none</c>: open deals with no planned next task; <c>overdue</c>: open deals whose next task is past due (what the
    /// next-steps report counts, as a list to work through).
    /// </summary>
    [FromQuery(Name = "nextStep")] public string? NextStep { get; set; }
}
