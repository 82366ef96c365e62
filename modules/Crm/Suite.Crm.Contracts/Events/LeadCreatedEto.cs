using Suite.Framework.Events;

namespace Suite.Crm.Events;

/// <summary>A lead came in: entered by hand or submitted through a web form (then <see cref="WebFormId"/> is set).</summary>
[EventName("Crm.Lead.Created")]
public sealed record LeadCreatedEto(
    Guid LeadId, string Title, string? Name, string? Phone, string? Email, string? CompanyName,
    Guid? SourceId, Guid? WebFormId, Guid OwnerId, Guid? ChangedBy, DateTimeOffset ChangedAt);
