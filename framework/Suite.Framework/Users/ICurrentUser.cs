namespace Suite.Framework.Users;

/// <summary>The signed-in user of the current request, or an anonymous one (background work, web forms).</summary>
public interface ICurrentUser
{
    Guid? Id { get; }
    string? UserName { get; }
    bool IsAuthenticated { get; }
    bool HasPermission(string permission);
}
