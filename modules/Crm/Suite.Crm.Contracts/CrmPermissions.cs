namespace Suite.Crm;

/// <summary>Names of the permissions the Crm module checks.</summary>
public static class CrmPermissions
{
    public const string GroupName = "Crm";

    public static class Companies
    {
        public const string Default = GroupName + ".Companies";
        public const string Create = Default + ".Create";
        public const string Edit = Default + ".Edit";
        public const string Delete = Default + ".Delete";

        /// <summary>See and edit every company, not only the ones the user owns.</summary>
        public const string ViewAll = Default + ".ViewAll";
    }
}
