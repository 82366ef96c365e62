using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Suite.Framework.Permissions;

namespace Suite.Framework.Users;

internal sealed class HttpCurrentUser(IHttpContextAccessor accessor, ActingUser acting) : ICurrentUser
{
    private ClaimsPrincipal? Principal => acting.Principal ?? accessor.HttpContext?.User;

    public Guid? Id =>
        Guid.TryParse(Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string? UserName => Principal?.Identity?.Name;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public bool HasPermission(string permission) =>
        Principal?.HasClaim(PermissionClaim.Type, permission) == true;
}
