namespace Suite.Host.Identity;

/// <summary>What an admin enters about a person besides the user name, password and roles.</summary>
internal sealed record UserDetails(string? FullName, string? Email, string? Phone, string? Position, Guid? SupervisorId)
{
    public const int PhoneMaxLength = 50;
}
