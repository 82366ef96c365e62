using Suite.Framework.Domain;

namespace Suite.Host.Settings;

/// <summary>
/// A list's filters and sorting saved under a name ("Мои горящие сделки"): its owner's own, or shared with everyone by
/// a user who may share views (<see cref="SettingsPermissions.ShareViews"/>), as Bitrix24's filter presets are
/// "for all users" only when an administrator saves them so.
/// </summary>
public sealed class SavedView : AuditedEntity
{
    private SavedView()
    {
        List = null!;
        Name = null!;
        Query = null!;
    }

    public SavedView(Guid ownerId, string list, string name, string query, bool shared)
    {
        OwnerId = ownerId;
        List = list;
        Name = name;
        Query = query;
        Shared = shared;
    }

    public Guid OwnerId { get; private set; }

    /// <summary>The list it applies to, named by module and list: crm.deals, finance.invoices.</summary>
    public string List { get; private set; }

    public string Name { get; private set; }

    /// <summary>The list's filters and sorting as a JSON object of strings, as the list keeps them in its URL.</summary>
    public string Query { get; private set; }

    public bool Shared { get; private set; }

    public void Change(string name, string query, bool shared)
    {
        Name = name;
        Query = query;
        Shared = shared;
    }
}
