using Suite.Identity.Events;

namespace Suite.Host.Identity;

/// <summary>The person as every module's copy holds it, in each of the three Identity.User.* events.</summary>
internal static class UserEvents
{
    public static UserCreatedEto Created(SuiteUser u, IEnumerable<string> roles, DateTimeOffset at) =>
        new(u.Id, u.UserName!, u.DisplayName, u.Email, u.PhoneNumber, u.Position, Sorted(roles), u.SupervisorId, u.IsActive, at);

    public static UserUpdatedEto Updated(SuiteUser u, IEnumerable<string> roles, DateTimeOffset at) =>
        new(u.Id, u.UserName!, u.DisplayName, u.Email, u.PhoneNumber, u.Position, Sorted(roles), u.SupervisorId, u.IsActive, at);

    public static UserDisabledEto Disabled(SuiteUser u, IEnumerable<string> roles, DateTimeOffset at) =>
        new(u.Id, u.UserName!, u.DisplayName, u.Email, u.PhoneNumber, u.Position, Sorted(roles), u.SupervisorId, u.IsActive, at);

    private static List<string> Sorted(IEnumerable<string> roles) => roles.Order(StringComparer.Ordinal).ToList();
}
