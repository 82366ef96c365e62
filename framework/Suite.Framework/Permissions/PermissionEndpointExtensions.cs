using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;

namespace Suite.Framework.Permissions;

public static class PermissionEndpointExtensions
{
    /// <summary>Only signed-in users whose roles grant <paramref name="permission"/> reach the endpoint; others get 401 or 403.</summary>
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, string permission)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .RequireClaim(PermissionClaim.Type, permission)
            .Build());
}
