using Suite.Crm.Domain.Contacts;

namespace Suite.Crm.Application.Contacts;

/// <summary>The body of creating or updating a contact.</summary>
internal sealed record ContactInput
{
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public Guid? CompanyId { get; init; }
    public string? Position { get; init; }
    public List<string>? Phones { get; init; }
    public List<string>? Emails { get; init; }
    public Guid? OwnerId { get; init; }
    public List<string>? Tags { get; init; }
    public Dictionary<string, string>? CustomFields { get; init; }

    /// <summary>On update, the stamp of the version the user edited; a stale one is refused with 409.</summary>
    public string? ConcurrencyStamp { get; init; }

    internal ContactDetails ToDetails(IReadOnlyDictionary<string, string> customFields) => new(
        FirstName!.Trim(),
        Clean(LastName),
        CompanyId,
        Clean(Position),
        Distinct(Phones, StringComparer.Ordinal),
        Distinct(Emails, StringComparer.OrdinalIgnoreCase),
        Distinct(Tags, StringComparer.OrdinalIgnoreCase),
        customFields);

    private static List<string> Distinct(List<string>? values, StringComparer comparer) =>
        (values ?? []).Where(v => v is not null).Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(comparer).ToList();

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
