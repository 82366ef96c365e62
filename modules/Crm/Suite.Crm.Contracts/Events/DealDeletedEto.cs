using Suite.Framework.Events;

namespace Suite.Crm.Events;

/// <summary>A deal was deleted from the CRM.</summary>
[EventName("Crm.Deal.Deleted")]
public sealed record DealDeletedEto(Guid DealId, DateTimeOffset ChangedAt);
