using Suite.Framework.Events;

namespace Suite.Identity.Events;

/// <summary>
/// A user's name, contacts, roles, supervisor or active flag changed (enabling a user is an update with
/// <see cref="IsActive"/> true). Carries the whole person, as <see cref="UserCreatedEto"/> does.
/// </summary>
[EventName("Identity.User.Updated")]
public sealed record UserUpdatedEto(
    Guid UserId, string UserName, string FullName, string? Email, string? Phone, string? Position,
    IReadOnlyList<string> Roles, Guid? SupervisorId, bool IsActive, DateTimeOffset ChangedAt);
