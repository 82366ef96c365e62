using Microsoft.AspNetCore.Mvc;
using Suite.Framework.Paging;

namespace Suite.Docs.Application.Documents;

/// <summary>
/// The documents of one record of another module (entityType=invoice&amp;entityId=…), or the register of all of them
/// filtered by kind and creation day; newest version first by default.
/// </summary>
internal sealed class GeneratedDocumentListRequest : PageRequest
{
    /// <summary>The kind of record, e.g. invoice.</summary>
    [FromQuery(Name = "entityType")] public string? EntityType { get; set; }

    [FromQuery(Name = "entityId")] public Guid? EntityId { get; set; }

    /// <summary>What the document is: invoice, act, waybill, proposal, contract, letter.</summary>
    [FromQuery(Name = "kind")] public string? Kind { get; set; }

    /// <summary>Created on or after this company day.</summary>
    [FromQuery(Name = "from")] public DateOnly? From { get; set; }

    /// <summary>Created on or before this company day.</summary>
    [FromQuery(Name = "to")] public DateOnly? To { get; set; }
}
