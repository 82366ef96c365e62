namespace Suite.Framework.Permissions;

/// <summary>A role grants a permission by carrying a claim of this type; signed-in users inherit their roles' claims.</summary>
public static class PermissionClaim
{
    public const string Type = "permission";
}
