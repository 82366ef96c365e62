using Suite.Framework.Events;

namespace Suite.Crm.Events;

/// <summary>A lead became a client: the company (new or found among existing ones), its contact and a deal.</summary>
[EventName("Crm.Lead.Converted")]
public sealed record LeadConvertedEto(
    Guid LeadId, Guid CompanyId, Guid ContactId, Guid DealId, Guid OwnerId, Guid? ChangedBy, DateTimeOffset ChangedAt);
