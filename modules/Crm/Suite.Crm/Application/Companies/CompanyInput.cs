using Suite.Crm.Domain.Companies;

namespace Suite.Crm.Application.Companies;

/// <summary>The body of creating or updating a company.</summary>
internal sealed record CompanyInput
{
    public string? Name { get; init; }
    public string? TaxId { get; init; }
    public string? Kpp { get; init; }
    public string? Address { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
    public string? Website { get; init; }
    public Guid? OwnerId { get; init; }
    public Guid? SourceId { get; init; }
    public List<string>? Tags { get; init; }
    public Dictionary<string, string>? CustomFields { get; init; }

    /// <summary>On update, the stamp of the version the user edited; a stale one is refused with 409.</summary>
    public string? ConcurrencyStamp { get; init; }

    internal CompanyDetails ToDetails() => new(
        Name!.Trim(),
        Clean(TaxId),
        Clean(Kpp)?.ToUpperInvariant(),
        Clean(Address),
        Clean(Phone),
        Clean(Email),
        Clean(Website),
        SourceId,
        (Tags ?? []).Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
        CustomFields ?? []);

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>The companies list query: paging, sorting, the text filter and a tag.</summary>
internal sealed class CompanyListRequest : Suite.Framework.Paging.PageRequest
{
    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "tag")] public string? Tag { get; set; }
}

/// <summary>The body of merging a duplicate company into the one in the route.</summary>
internal sealed record CompanyMergeInput
{
    /// <summary>The card that is merged in and then deleted.</summary>
    public Guid? DuplicateId { get; init; }

    /// <summary>The kept card's stamp, as with an update.</summary>
    public string? ConcurrencyStamp { get; init; }
}
