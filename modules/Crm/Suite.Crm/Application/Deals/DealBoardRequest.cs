using Microsoft.AspNetCore.Mvc;

namespace Suite.Crm.Application.Deals;

/// <summary>The kanban board of one pipeline (the default one when none is given) with the board's quick filters.</summary>
internal sealed class DealBoardRequest
{
    public const int DefaultTake = 50;
    public const int MaxTake = 200;

    [FromQuery(Name = "pipelineId")] public Guid? PipelineId { get; set; }
    [FromQuery(Name = "ownerId")] public Guid? OwnerId { get; set; }
    [FromQuery(Name = "mine")] public bool? Mine { get; set; }
    [FromQuery(Name = "sourceId")] public Guid? SourceId { get; set; }

    /// <summary>Deals of companies with this tag.</summary>
    [FromQuery(Name = "tag")] public string? Tag { get; set; }

    /// <summary>Text in the deal's title.</summary>
    [FromQuery(Name = "filter")] public string? Filter { get; set; }

    /// <summary>How many cards each column brings; the rest come from the deals list with the column's stageId.</summary>
    [FromQuery(Name = "take")] public int? Take { get; set; }
}
