using Suite.Framework.Domain;

namespace Suite.Framework.People;

/// <summary>
/// A module's own copy of a user, under the user's id, kept current from Identity's events, so the module can put a
/// name on an owner or an author and check who may be given records without asking Identity. A disabled user's
/// copy stays (inactive), so their name still shows on what they did.
/// </summary>
public sealed class PersonCopy : Entity
{
    private PersonCopy()
    {
        UserName = null!;
        FullName = null!;
        Roles = null!;
        SearchText = null!;
    }

    public PersonCopy(Guid userId) : this() => Id = userId;

    public string UserName { get; private set; }

    /// <summary>The name people know; the user name when Identity has none.</summary>
    public string FullName { get; private set; }

    public string? Email { get; private set; }
    public string? Phone { get; private set; }
    public string? Position { get; private set; }
    public Guid? SupervisorId { get; private set; }
    public bool IsActive { get; private set; }

    /// <summary>The user's roles as "|director|sales|", so one role is found by a plain substring match on both providers.</summary>
    public string Roles { get; private set; }

    /// <summary>When Identity made the change this copy reflects; an older event arriving late is ignored.</summary>
    public DateTimeOffset ChangedAt { get; private set; }

    /// <summary>Full name, user name and e-mail in lower case, for the pickers' search.</summary>
    public string SearchText { get; private set; }

    public IReadOnlyList<string> RoleNames => Roles.Split('|', StringSplitOptions.RemoveEmptyEntries);

    public static string RoleMarker(string role) => "|" + role.ToLowerInvariant() + "|";

    public void Apply(string userName, string? fullName, string? email, string? phone, string? position, IEnumerable<string> roles,
        Guid? supervisorId, bool isActive, DateTimeOffset changedAt)
    {
        if (changedAt < ChangedAt)
            return;
        UserName = userName;
        FullName = string.IsNullOrWhiteSpace(fullName) ? userName : fullName.Trim();
        Email = email;
        Phone = phone;
        Position = position;
        SupervisorId = supervisorId;
        IsActive = isActive;
        var roleList = roles.Select(r => r.ToLowerInvariant()).Distinct().Order().ToList();
        Roles = roleList.Count == 0 ? "" : "|" + string.Join('|', roleList) + "|";
        ChangedAt = changedAt;
        SearchText = string.Join(' ', new[] { FullName, userName, email }.Where(v => !string.IsNullOrEmpty(v))).ToLowerInvariant();
    }
}
