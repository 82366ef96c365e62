using Microsoft.AspNetCore.Identity;

namespace Suite.Host.Identity;

/// <summary>A person who signs in to Suite, as every module shows and assigns them (through Identity.User.* events).</summary>
public sealed class SuiteUser : IdentityUser<Guid>
{
    public const int FullNameMaxLength = 200;
    public const int PositionMaxLength = 200;

    /// <summary>The UI language the user chose: "ru" or "en".</summary>
    public string Language { get; set; } = "ru";

    /// <summary>How people see this user on cards, lists and reports; the user name when nobody gave one.</summary>
    public string FullName { get; set; } = "";

    public string? Position { get; set; }

    /// <summary>Another user who answers for this one (hears of their overdue tasks); never this user or one of their reports.</summary>
    public Guid? SupervisorId { get; set; }

    /// <summary>A disabled user cannot sign in and may no longer be given records; their name stays on what they did.</summary>
    public bool IsActive { get; set; } = true;

    /// <summary>User name, full name, e-mail, phone and position in lower case: one column search matches the same way on every database.</summary>
    public string SearchText { get; private set; } = "";

    public string DisplayName => string.IsNullOrWhiteSpace(FullName) ? UserName! : FullName;

    public void RefreshSearchText() =>
        SearchText = string.Join(' ', new[] { UserName, FullName, Email, PhoneNumber, Position }.Where(v => !string.IsNullOrWhiteSpace(v)))
            .ToLowerInvariant();
}

public sealed class SuiteRole : IdentityRole<Guid>
{
    public SuiteRole()
    {
    }

    public SuiteRole(string name) : base(name) => Id = Guid.CreateVersion7();
}
