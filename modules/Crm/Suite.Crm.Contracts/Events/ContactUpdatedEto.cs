using Suite.Framework.Events;

namespace Suite.Crm.Events;

/// <summary>A contact's card changed; carries the current state and the fields that changed.</summary>
[EventName("Crm.Contact.Updated")]
public sealed record ContactUpdatedEto(
    Guid ContactId, string FirstName, string? LastName, Guid? CompanyId, string? Phone, string? Email,
    Guid OwnerId, IReadOnlyList<FieldChange> Changes, Guid? ChangedBy, DateTimeOffset ChangedAt);
