using Microsoft.AspNetCore.Identity;

namespace Suite.Host.Identity;

public sealed class SuiteUser : IdentityUser<Guid>
{
    /// <summary>The UI language the user chose: "ru" or "en".</summary>
    public string Language { get; set; } = "ru";
}

public sealed class SuiteRole : IdentityRole<Guid>
{
    public SuiteRole()
    {
    }

    public SuiteRole(string name) : base(name) => Id = Guid.CreateVersion7();
}
