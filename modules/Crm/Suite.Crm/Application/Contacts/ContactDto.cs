using Microsoft.AspNetCore.Mvc;
using Suite.Crm.Domain.Contacts;
using Suite.Framework.Paging;

namespace Suite.Crm.Application.Contacts;

internal sealed record ContactDto(
    Guid Id,
    string FirstName,
    string? LastName,
    Guid? CompanyId,
    string? Position,
    IReadOnlyList<string> Phones,
    IReadOnlyList<string> Emails,
    Guid OwnerId,
    IReadOnlyList<string> Tags,
    IReadOnlyDictionary<string, string> CustomFields,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ModifiedAt,
    string ConcurrencyStamp)
{
    /// <summary>The owner's full name from Crm's copy of people; null until the copy knows the user.</summary>
    public string? OwnerName { get; init; }

    internal static ContactDto From(Contact c) => new(
        c.Id, c.FirstName, c.LastName, c.CompanyId, c.Position, c.Phones, c.Emails, c.OwnerId, c.Tags, c.CustomFields,
        c.CreatedAt, c.ModifiedAt, c.ConcurrencyStamp);
}

/// <summary>The contacts list query: paging, sorting, a text filter, the company and a tag.</summary>
internal sealed class ContactListRequest : PageRequest
{
    [FromQuery(Name = "companyId")] public Guid? CompanyId { get; set; }
    [FromQuery(Name = "ownerId")] public Guid? OwnerId { get; set; }
    [FromQuery(Name = "tag")] public string? Tag { get; set; }
}
