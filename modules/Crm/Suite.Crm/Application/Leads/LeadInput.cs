using Suite.Crm.Domain.Leads;

namespace Suite.Crm.Application.Leads;

/// <summary>The body of creating or updating a lead.</summary>
internal sealed record LeadInput
{
    /// <summary>When empty, the lead is titled by the person's name, the company, the phone or the e-mail.</summary>
    public string? Title { get; init; }

    public string? Name { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
    public string? CompanyName { get; init; }

    /// <summary>The company's ИНН, when the client gave it; converting then finds an existing company by it.</summary>
    public string? TaxId { get; init; }

    public string? Comment { get; init; }
    public Guid? SourceId { get; init; }
    public Guid? OwnerId { get; init; }

    /// <summary>new or inWork; null keeps the status. Junk and converted have their own actions.</summary>
    public LeadStatus? Status { get; init; }

    /// <summary>On update, the stamp of the version the user edited; a stale one is refused with 409.</summary>
    public string? ConcurrencyStamp { get; init; }

    internal LeadDetails ToDetails() => new(
        Clean(Title), Clean(Name), Clean(Phone), Clean(Email)?.ToLowerInvariant(), Clean(CompanyName), Clean(TaxId), Clean(Comment), SourceId);

    internal static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

internal sealed record JunkLeadInput
{
    /// <summary>Why the lead is junk (spam, a wrong number, not our client); required.</summary>
    public string? Reason { get; init; }
}

internal sealed record ConvertLeadInput
{
    /// <summary>The pipeline of the new deal; null means the default one. The deal starts at its first stage.</summary>
    public Guid? PipelineId { get; init; }

    /// <summary>The new deal's title; null means the lead's title.</summary>
    public string? DealTitle { get; init; }

    public decimal? Amount { get; init; }
}
