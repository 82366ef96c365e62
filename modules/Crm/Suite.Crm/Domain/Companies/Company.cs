using Suite.Crm.Domain.Duplicates;
using Suite.Framework.Domain;

namespace Suite.Crm.Domain.Companies;

/// <summary>A client organisation: the card a manager keeps and the owner who answers for it.</summary>
public sealed class Company : AuditedEntity, IOwnedRecord
{
    public static string ViewAllPermission => CrmPermissions.Companies.ViewAll;

    private Company()
    {
        Name = null!;
        SearchText = null!;
    }

    public Company(CompanyDetails details, Guid ownerId)
    {
        OwnerId = ownerId;
        Name = null!;
        SearchText = null!;
        Apply(details);
    }

    public string Name { get; private set; }
    public string? TaxId { get; private set; }
    public string? Kpp { get; private set; }
    public string? Address { get; private set; }
    public string? Phone { get; private set; }
    public string? Email { get; private set; }
    public string? Website { get; private set; }
    public Guid OwnerId { get; private set; }
    public Guid? SourceId { get; private set; }
    public List<string> Tags { get; private set; } = [];
    public Dictionary<string, string> CustomFields { get; private set; } = [];

    /// <summary>Name, tax id, phone and e-mail in lower case: one column that search matches the same way on every database.</summary>
    public string SearchText { get; private set; }

    /// <summary>The phone and e-mail as duplicates are matched (<see cref="ContactKeys"/>); indexed.</summary>
    public string? NormalizedPhone { get; private set; }
    public string? NormalizedEmail { get; private set; }

    public void Update(CompanyDetails details) => Apply(details);

    public void TransferTo(Guid ownerId) => OwnerId = ownerId;

    private void Apply(CompanyDetails details)
    {
        Name = details.Name;
        TaxId = details.TaxId;
        Kpp = details.Kpp;
        Address = details.Address;
        Phone = details.Phone;
        Email = details.Email;
        Website = details.Website;
        SourceId = details.SourceId;
        Tags = details.Tags.ToList();
        CustomFields = new Dictionary<string, string>(details.CustomFields);
        SearchText = string.Join(' ', new[] { Name, TaxId, Phone, Email }.Where(v => v is not null)).ToLowerInvariant();
        NormalizedPhone = ContactKeys.Phone(Phone);
        NormalizedEmail = ContactKeys.Email(Email);
    }

    /// <summary>
    /// Takes in a duplicate card being merged into this one: the fields this card lacks come from the duplicate,
    /// and the tags and custom fields of both are kept.
    /// </summary>
    public void TakeIn(Company duplicate)
    {
        var customFields = new Dictionary<string, string>(duplicate.CustomFields);
        foreach (var (key, value) in CustomFields)
            customFields[key] = value;
        Apply(new CompanyDetails(
            Name,
            TaxId ?? duplicate.TaxId,
            TaxId is null ? duplicate.Kpp : Kpp,
            Address ?? duplicate.Address,
            Phone ?? duplicate.Phone,
            Email ?? duplicate.Email,
            Website ?? duplicate.Website,
            SourceId ?? duplicate.SourceId,
            Tags.Concat(duplicate.Tags).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            customFields));
    }
}

/// <summary>The editable fields of a company card, already trimmed and validated.</summary>
public sealed record CompanyDetails(
    string Name,
    string? TaxId,
    string? Kpp,
    string? Address,
    string? Phone,
    string? Email,
    string? Website,
    Guid? SourceId,
    IReadOnlyList<string> Tags,
    IReadOnlyDictionary<string, string> CustomFields);
