using Suite.Crm.Domain.Companies;

namespace Suite.Crm.Application.Companies;

internal sealed record CompanyDto(
    Guid Id,
    string Name,
    string? TaxId,
    string? Kpp,
    string? Address,
    string? Phone,
    string? Email,
    string? Website,
    Guid OwnerId,
    Guid? SourceId,
    IReadOnlyList<string> Tags,
    IReadOnlyDictionary<string, string> CustomFields,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ModifiedAt,
    string ConcurrencyStamp)
{
    /// <summary>The owner's full name from Crm's copy of people; null until the copy knows the user.</summary>
    public string? OwnerName { get; init; }

    internal static CompanyDto From(Company c) => new(
        c.Id, c.Name, c.TaxId, c.Kpp, c.Address, c.Phone, c.Email, c.Website, c.OwnerId, c.SourceId,
        c.Tags, c.CustomFields, c.CreatedAt, c.ModifiedAt, c.ConcurrencyStamp);
}
