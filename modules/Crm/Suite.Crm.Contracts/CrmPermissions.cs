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

    /// <summary>The sources and loss reasons deals are tagged with.</summary>
    public static class Dictionaries
    {
        public const string Default = GroupName + ".Dictionaries";
        public const string Manage = Default + ".Manage";
    }

    public static class Pipelines
    {
        public const string Default = GroupName + ".Pipelines";
        public const string Manage = Default + ".Manage";
    }

    public static class Deals
    {
        public const string Default = GroupName + ".Deals";
        public const string Create = Default + ".Create";

        /// <summary>Edit a deal and move it through the pipeline: move, win, lose, reopen.</summary>
        public const string Edit = Default + ".Edit";
        public const string Delete = Default + ".Delete";

        /// <summary>See and edit every deal, not only the ones the user owns.</summary>
        public const string ViewAll = Default + ".ViewAll";
    }

    /// <summary>The history on the cards; reading it needs the card's own read permission.</summary>
    public static class Timeline
    {
        public const string Default = GroupName + ".Timeline";

        /// <summary>Write comments and log calls, e-mails and meetings on the cards one may see.</summary>
        public const string Write = Default + ".Write";
    }

    /// <summary>The sales reports; a user without <see cref="Deals.ViewAll"/> sees only the numbers of their own deals.</summary>
    public static class Reports
    {
        public const string Default = GroupName + ".Reports";
    }

    /// <summary>Monthly and quarterly sales targets per manager and for the team, and what they are measured against.</summary>
    public static class SalesPlans
    {
        public const string Default = GroupName + ".SalesPlans";
        public const string Manage = Default + ".Manage";
    }

    public static class Contacts
    {
        public const string Default = GroupName + ".Contacts";
        public const string Create = Default + ".Create";
        public const string Edit = Default + ".Edit";
        public const string Delete = Default + ".Delete";

        /// <summary>See and edit every contact, not only the ones the user owns.</summary>
        public const string ViewAll = Default + ".ViewAll";

        /// <summary>Erase a person's personal data on their request (152-FZ); the admin's alone by default.</summary>
        public const string ErasePersonalData = Default + ".ErasePersonalData";
    }

    /// <summary>The admin-defined fields of company and contact cards.</summary>
    public static class CustomFields
    {
        public const string Default = GroupName + ".CustomFields";
        public const string Manage = Default + ".Manage";
    }

    /// <summary>Loading companies and contacts from CSV and Excel files.</summary>
    public static class Imports
    {
        public const string Default = GroupName + ".Imports";
    }

    public static class Leads
    {
        public const string Default = GroupName + ".Leads";
        public const string Create = Default + ".Create";

        /// <summary>Edit a lead, mark it junk and convert it into a client.</summary>
        public const string Edit = Default + ".Edit";
        public const string Delete = Default + ".Delete";

        /// <summary>See and edit every lead, not only the ones the user owns.</summary>
        public const string ViewAll = Default + ".ViewAll";
    }

    /// <summary>The forms a website embeds to send leads in.</summary>
    public static class WebForms
    {
        public const string Default = GroupName + ".WebForms";
        public const string Manage = Default + ".Manage";
    }
}
