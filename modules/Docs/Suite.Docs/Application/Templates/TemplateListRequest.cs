using Microsoft.AspNetCore.Mvc;
using Suite.Framework.Paging;

namespace Suite.Docs.Application.Templates;

/// <summary>Templates by kind, or those that can be made from a kind of card (the "create document" picker).</summary>
internal sealed class TemplateListRequest : PageRequest
{
    [FromQuery(Name = "kind")] public string? Kind { get; set; }

    [FromQuery(Name = "entityType")] public string? EntityType { get; set; }
}
