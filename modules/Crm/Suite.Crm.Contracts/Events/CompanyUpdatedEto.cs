using Suite.Framework.Events;

namespace Suite.Crm.Events;

/// <summary>A client company's card changed; carries the whole current state so a copy can be rebuilt from it, and the fields that changed.</summary>
[EventName("Crm.Company.Updated")]
public sealed record CompanyUpdatedEto(
    Guid CompanyId, string Name, string? TaxId, string? Kpp, string? Address, Guid OwnerId,
    IReadOnlyList<FieldChange> Changes, Guid? ChangedBy, DateTimeOffset ChangedAt);
