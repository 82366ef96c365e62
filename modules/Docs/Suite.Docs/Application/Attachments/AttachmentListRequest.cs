using Microsoft.AspNetCore.Mvc;
using Suite.Framework.Paging;

namespace Suite.Docs.Application.Attachments;

/// <summary>The attachments of one card (entityType=company&amp;entityId=…), newest first by default. Both are required.</summary>
internal sealed class AttachmentListRequest : PageRequest
{
    /// <summary>The kind of card: company, contact, deal, lead, invoice, shipment or product.</summary>
    [FromQuery(Name = "entityType")] public string? EntityType { get; set; }

    [FromQuery(Name = "entityId")] public Guid? EntityId { get; set; }
}
