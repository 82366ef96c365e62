using Suite.Framework.Events;

namespace Suite.Crm.Events;

/// <summary>A client company was deleted from the CRM.</summary>
[EventName("Crm.Company.Deleted")]
public sealed record CompanyDeletedEto(Guid CompanyId, DateTimeOffset ChangedAt);
