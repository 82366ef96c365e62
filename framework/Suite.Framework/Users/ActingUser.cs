using System.Security.Claims;

namespace Suite.Framework.Users;

/// <summary>
/// Work done for one user outside their requests (their weekly digest) runs in a scope of its own as that user: set
/// here, the scope's <see cref="ICurrentUser"/> is them, so every module's record rule and permissions apply exactly
/// as in their own requests, and nothing of theirs is counted by a rule written a second time.
/// </summary>
public sealed class ActingUser
{
    public ClaimsPrincipal? Principal { get; private set; }

    public void Become(ClaimsPrincipal principal) => Principal = principal;
}
