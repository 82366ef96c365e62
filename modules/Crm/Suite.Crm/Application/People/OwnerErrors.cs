namespace Suite.Crm.Application.People;

/// <summary>Codes of the refusals to give a record to someone who may not own it.</summary>
internal static class OwnerErrors
{
    /// <summary>No user with this id is known to Crm.</summary>
    public const string Unknown = "Crm.OwnerUnknown";

    /// <summary>The user is disabled.</summary>
    public const string Inactive = "Crm.OwnerInactive";
}
