namespace Suite.Framework.Domain;

/// <summary>
/// A record that belongs to one user (a manager's company, deal, lead…). Users without
/// <see cref="ViewAllPermission"/> see only their own: the rule is applied by <c>OwnerRule.VisibleTo</c>, nowhere else.
/// </summary>
public interface IOwnedRecord
{
    Guid OwnerId { get; }

    /// <summary>The permission that lets a user see every owner's records of this kind.</summary>
    static abstract string ViewAllPermission { get; }
}
