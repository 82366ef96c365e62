using Microsoft.AspNetCore.Mvc;
using Suite.Framework.Paging;

namespace Suite.Docs.Application.Documents;

/// <summary>The documents of one record of another module (entityType=invoice&amp;entityId=…), newest version first by default.</summary>
internal sealed class GeneratedDocumentListRequest : PageRequest
{
    /// <summary>The kind of record, e.g. invoice.</summary>
    [FromQuery(Name = "entityType")] public string? EntityType { get; set; }

    [FromQuery(Name = "entityId")] public Guid? EntityId { get; set; }
}
