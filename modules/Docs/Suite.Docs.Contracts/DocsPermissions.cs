namespace Suite.Docs;

/// <summary>Names of the permissions the Docs module checks.</summary>
public static class DocsPermissions
{
    public const string GroupName = "Docs";
}
