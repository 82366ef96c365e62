namespace Suite.Host.Identity;

/// <summary>The stable codes of identity's 409 refusals.</summary>
public static class UserErrors
{
    public const string DuplicateUserName = "Identity.DuplicateUserName";

    /// <summary>An admin tried to disable the account they are signed in with.</summary>
    public const string CannotDisableSelf = "Identity.CannotDisableSelf";

    /// <summary>The change would leave no active admin, so nobody could manage users any more.</summary>
    public const string LastAdmin = "Identity.LastAdmin";
}
