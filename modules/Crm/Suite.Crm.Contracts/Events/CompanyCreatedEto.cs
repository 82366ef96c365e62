using Suite.Framework.Events;

namespace Suite.Crm.Events;

/// <summary>A client company was added to the CRM.</summary>
[EventName("Crm.Company.Created")]
public sealed record CompanyCreatedEto(
    Guid CompanyId, string Name, string? TaxId, string? Kpp, string? Address, Guid OwnerId, Guid? ChangedBy, DateTimeOffset ChangedAt);
