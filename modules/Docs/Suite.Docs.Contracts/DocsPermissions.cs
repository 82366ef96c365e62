namespace Suite.Docs;

/// <summary>Names of the permissions the Docs module checks.</summary>
public static class DocsPermissions
{
    public const string GroupName = "Docs";

    /// <summary>Generated documents (an issued invoice's PDF). Sales see those of the records they own.</summary>
    public static class Documents
    {
        public const string View = GroupName + ".Documents";

        /// <summary>See every owner's documents; without it only those of one's own records.</summary>
        public const string ViewAll = View + ".ViewAll";

        /// <summary>Make a document from a template on a card one may see, and regenerate one.</summary>
        public const string Generate = View + ".Generate";

        /// <summary>E-mail a document one may see to a client.</summary>
        public const string Send = View + ".Send";
    }

    /// <summary>Write, upload and delete templates (reading them comes with <see cref="Documents.Generate"/>).</summary>
    public static class Templates
    {
        public const string Manage = GroupName + ".Templates";
    }

    /// <summary>Files on any card; who sees the card sees and manages its attachments.</summary>
    public static class Attachments
    {
        public const string Default = GroupName + ".Attachments";
    }
}
