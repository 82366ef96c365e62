using Suite.Framework.Events;

namespace Suite.Identity.Events;

/// <summary>A user was added. Carries the whole person, so every module that shows or assigns people keeps its own copy.</summary>
[EventName("Identity.User.Created")]
public sealed record UserCreatedEto(
    Guid UserId, string UserName, string FullName, string? Email, string? Phone, string? Position,
    IReadOnlyList<string> Roles, Guid? SupervisorId, bool IsActive, DateTimeOffset ChangedAt);
