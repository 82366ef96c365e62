using Microsoft.AspNetCore.Mvc;
using Suite.Framework.Paging;

namespace Suite.Crm.Application.Leads;

/// <summary>The leads list query: paging, sorting, a text filter and the list's filters.</summary>
internal sealed class LeadListRequest : PageRequest
{
    /// <summary>new, inWork, converted or junk.</summary>
    [FromQuery(Name = "status")] public string? Status { get; set; }

    [FromQuery(Name = "ownerId")] public Guid? OwnerId { get; set; }
    [FromQuery(Name = "sourceId")] public Guid? SourceId { get; set; }
    [FromQuery(Name = "webFormId")] public Guid? WebFormId { get; set; }
}
