using Suite.Crm.Domain.Leads;

namespace Suite.Crm.Application.Leads;

/// <summary>A lead as clients see it; companyId, contactId and dealId are set once it is converted.</summary>
internal sealed record LeadDto(
    Guid Id,
    string Title,
    string? Name,
    string? Phone,
    string? Email,
    string? CompanyName,
    string? TaxId,
    string? Comment,
    Guid? SourceId,
    LeadStatus Status,
    Guid OwnerId,
    string? JunkReason,
    Guid? WebFormId,
    Guid? CompanyId,
    Guid? ContactId,
    Guid? DealId,
    DateTimeOffset? ConvertedAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ModifiedAt,
    string ConcurrencyStamp)
{
    /// <summary>The owner's full name from Crm's copy of people; null until the copy knows the user.</summary>
    public string? OwnerName { get; init; }

    internal static LeadDto From(Lead l) => new(
        l.Id, l.Title, l.Name, l.Phone, l.Email, l.CompanyName, l.TaxId, l.Comment, l.SourceId, l.Status, l.OwnerId,
        l.JunkReason, l.WebFormId, l.CompanyId, l.ContactId, l.DealId, l.ConvertedAt, l.CreatedAt, l.ModifiedAt, l.ConcurrencyStamp);
}

/// <summary>What converting a lead made: the company (new or an existing one), its contact and the deal.</summary>
internal sealed record LeadConversionDto(Guid CompanyId, Guid ContactId, Guid DealId, bool CompanyReused);

/// <summary>
/// The existing company converting the lead would reuse, found by tax id, e-mail or phone; all null when the
/// conversion would create a new one. <c>ownedByAnother</c> means the match belongs to a manager whose
/// clients the user does not see, and the conversion would be refused.
/// </summary>
internal sealed record LeadConversionPreviewDto(Guid? CompanyId, string? CompanyName, string? MatchedBy, bool OwnedByAnother);
