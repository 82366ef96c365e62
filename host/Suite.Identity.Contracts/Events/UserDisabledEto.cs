using Suite.Framework.Events;

namespace Suite.Identity.Events;

/// <summary>
/// A user was disabled: they can no longer sign in, and may no longer be given records. Their name stays on
/// what they did. Carries the whole person (with <see cref="IsActive"/> false), as <see cref="UserCreatedEto"/> does.
/// </summary>
[EventName("Identity.User.Disabled")]
public sealed record UserDisabledEto(
    Guid UserId, string UserName, string FullName, string? Email, string? Phone, string? Position,
    IReadOnlyList<string> Roles, Guid? SupervisorId, bool IsActive, DateTimeOffset ChangedAt);
