using Suite.Framework.Events;

namespace Suite.Crm.Events;

/// <summary>A contact person was added, on their own or at a client company.</summary>
[EventName("Crm.Contact.Created")]
public sealed record ContactCreatedEto(
    Guid ContactId, string FirstName, string? LastName, Guid? CompanyId, string? Phone, string? Email,
    Guid OwnerId, Guid? ChangedBy, DateTimeOffset ChangedAt);
