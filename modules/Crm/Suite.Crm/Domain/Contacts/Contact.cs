using Suite.Crm.Domain.Duplicates;
using Suite.Framework.Domain;

namespace Suite.Crm.Domain.Contacts;

/// <summary>A person the sales team talks to, on their own or at a client company.</summary>
public sealed class Contact : AuditedEntity, IOwnedRecord
{
    public static string ViewAllPermission => CrmPermissions.Contacts.ViewAll;

    private Contact()
    {
        FirstName = null!;
        SearchText = null!;
    }

    public Contact(ContactDetails details, Guid ownerId)
    {
        OwnerId = ownerId;
        FirstName = null!;
        SearchText = null!;
        Apply(details);
    }

    public string FirstName { get; private set; }
    public string? LastName { get; private set; }
    public Guid? CompanyId { get; private set; }
    public string? Position { get; private set; }
    public List<string> Phones { get; private set; } = [];
    public List<string> Emails { get; private set; } = [];
    public Guid OwnerId { get; private set; }
    public List<string> Tags { get; private set; } = [];
    public Dictionary<string, string> CustomFields { get; private set; } = [];

    /// <summary>Names, phones and e-mails in lower case: the list's search column.</summary>
    public string SearchText { get; private set; }

    /// <summary>Every phone and e-mail in the form duplicates are matched by, one indexed row each.</summary>
    public List<ContactPoint> ContactPoints { get; private set; } = [];

    public string FullName => LastName is null ? FirstName : $"{FirstName} {LastName}";

    public void Update(ContactDetails details) => Apply(details);

    public void TransferTo(Guid ownerId) => OwnerId = ownerId;

    /// <summary>
    /// Everything that identifies the person goes (a 152-FZ request); the card stays under <paramref name="caption"/>,
    /// so the deals, documents and payments that name it still add up.
    /// </summary>
    public void ErasePersonalData(string caption) =>
        Apply(new ContactDetails(caption, null, CompanyId, null, [], [], [], new Dictionary<string, string>()));

    /// <summary>The contact's company was merged into another card; the contact follows it.</summary>
    public void MoveToCompany(Guid companyId) => CompanyId = companyId;

    private void Apply(ContactDetails details)
    {
        FirstName = details.FirstName;
        LastName = details.LastName;
        CompanyId = details.CompanyId;
        Position = details.Position;
        Phones = details.Phones.ToList();
        Emails = details.Emails.ToList();
        Tags = details.Tags.ToList();
        CustomFields = new Dictionary<string, string>(details.CustomFields);
        SearchText = string.Join(' ', new[] { FirstName, LastName }.Concat(Phones).Concat(Emails).Where(v => v is not null))
            .ToLowerInvariant();
        if (SearchText.Length > 700)
            SearchText = SearchText[..700];

        var points = Phones.Select(ContactKeys.Phone).Where(p => p is not null).Select(p => (ContactPointKind.Phone, p!))
            .Concat(Emails.Select(ContactKeys.Email).Where(e => e is not null).Select(e => (ContactPointKind.Email, e!)))
            .Distinct()
            .ToList();
        var current = ContactPoints.Select(p => (p.Kind, p.Value)).ToHashSet();
        if (!current.SetEquals(points))
            ContactPoints = points.Select(p => new ContactPoint(p.Item1, p.Item2)).ToList();
    }
}

/// <summary>The editable fields of a contact card, already trimmed and validated.</summary>
public sealed record ContactDetails(
    string FirstName,
    string? LastName,
    Guid? CompanyId,
    string? Position,
    IReadOnlyList<string> Phones,
    IReadOnlyList<string> Emails,
    IReadOnlyList<string> Tags,
    IReadOnlyDictionary<string, string> CustomFields);
